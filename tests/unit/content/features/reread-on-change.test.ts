// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { demo } from '../../../../src/adapters/demo';
import { readTicketFeature } from '../../../../src/content/features/read-ticket';
import { fingerprintOf, rereadOnChangeFeature } from '../../../../src/content/features/reread-on-change';
import { readTicket } from '../../../../src/content/read';
import { openDemo, settle, startFeature, until } from './harness';

describe('reread-on-change feature', () => {
  it('triages again when a message arrives, and not when the agent types in an editor', async () => {
    const url = openDemo('/tickets/1045');
    const { session, sent } = startFeature(rereadOnChangeFeature, demo, url);
    // Stand in for the first read (the read-ticket feature's job).
    const first = startFeature(readTicketFeature, demo, url);
    await until(() => first.session.phase.value === 'ready', 'the first read');
    session.showRead(first.session.snapshot.value ? { snapshot: first.session.snapshot.value, health: [], problems: [], fallback: false } : (null as never));
    session.showReply(first.session.reply.value!);

    // Typing in a contenteditable is not a change of the ticket.
    const editor = Object.assign(document.createElement('div'), { contentEditable: 'true' });
    document.body.append(editor);
    await settle(10);
    editor.textContent = 'the agent types a reply…';
    await settle(1_150);
    expect(sent).toHaveLength(0);

    const thread = document.querySelector('ol.thread')!;
    const item = thread.querySelector('li.message')!.cloneNode(true) as Element;
    item.querySelector('.body')!.textContent = 'Update: now none of our 40 staff can export invoices.';
    thread.append(item);
    await until(() => sent.length === 1, 'the re-read', 2_500);
    await until(() => session.snapshot.value?.messages.length === first.session.snapshot.value!.messages.length + 1, 'the new read shown');
    }, 15_000); // waits out the 1 s throttle twice: slow on a loaded machine

  it('re-reads only for changes inside the thread: the editor\'s draft status and the page\'s counters read nothing', async () => {
    const url = openDemo('/tickets/1045');
    const read = vi.fn(demo.read);
    const adapter = { ...demo, read };
    const first = startFeature(readTicketFeature, adapter, url);
    await until(() => first.session.phase.value === 'ready', 'the first read');
    const { session, sent } = startFeature(rereadOnChangeFeature, adapter, url);
    session.showRead({ snapshot: first.session.snapshot.value!, health: [], problems: [], fallback: false });
    session.showReply(first.session.reply.value!);
    read.mockClear();

    // The helpdesk's editor: typing there, and its script reporting the draft beside it (outside the editable region).
    const editor = Object.assign(document.createElement('div'), { contentEditable: 'true' });
    const draft = document.createElement('span');
    const counter = document.createElement('span');
    document.body.append(editor, draft, counter);
    await settle(10);
    for (let i = 0; i < 20; i++) {
      editor.textContent = `the agent types${'.'.repeat(i)}`;
      draft.textContent = `Saving draft… ${i}`;
      counter.textContent = `live ${i}`; // a live counter elsewhere on the page
      await settle(60);
    }
    await settle(1_150);
    expect(read).not.toHaveBeenCalled();
    expect(sent).toHaveLength(0);

    const thread = document.querySelector('ol.thread')!;
    const item = thread.querySelector('li.message')!.cloneNode(true) as Element;
    item.querySelector('.body')!.textContent = 'Update: now none of our 40 staff can export invoices.';
    thread.append(item);
    await until(() => sent.length === 1, 'the re-read', 2_500);
    expect(read).toHaveBeenCalledTimes(1);
    }, 15_000);

  it('tells changed reads from unchanged ones by subject, count and the latest length', () => {
    const url = openDemo('/tickets/1045');
    const page = { adapter: demo, url, doc: document } as Parameters<typeof readTicket>[0];
    const a = readTicket(page, '').snapshot;
    expect(fingerprintOf(a)).toBe(fingerprintOf(readTicket(page, '').snapshot));
    expect(fingerprintOf({ ...a, subject: 'other' })).not.toBe(fingerprintOf(a));
    expect(fingerprintOf(null)).toBe('');
  });
});
