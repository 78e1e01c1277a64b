// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { demo } from '../../../../src/adapters/demo';
import { escalationNoteFeature } from '../../../../src/content/features/escalation-note';
import { readTicket } from '../../../../src/content/read';
import { defaultPolicy } from '../../../../src/policy/defaults';
import { chooseLevel } from '../../../../src/triage/decide';
import { readSetting, SETTINGS, writeSetting } from '../../../../src/settings/registry';
import { openDemo, startFeature, triageReply } from './harness';

afterEach(() => vi.unstubAllGlobals());

function ready(path: string) {
  const url = openDemo(path);
  const run = startFeature(escalationNoteFeature, demo, url);
  const read = readTicket({ adapter: demo, url, doc: document } as Parameters<typeof readTicket>[0], '');
  run.session.showRead(read);
  run.session.showReply(triageReply(read.snapshot));
  return run;
}

describe('escalation-note feature', () => {
  it('"Copy note" copies in the chosen format without touching the ticket; the format the agent chose is the one "Put the note in" copies', async () => {
    const copied: string[] = [];
    vi.stubGlobal('navigator', { clipboard: { writeText: async (text: string) => void copied.push(text) } });
    const { session } = ready('/tickets/1042');
    const editor = document.querySelector<HTMLTextAreaElement>('#composer-text')!;
    await session.run('copyNote', 'markdown');
    expect(copied[0]).toMatch(/^ESCALATION: .+ {2}\n/); // Markdown: hard line breaks
    expect(editor.value).toBe('');
    expect(session.noteStatus.value).toEqual({ ok: true, text: 'Note copied as Markdown.' });
    await session.run('copyNote', 'html');
    expect(copied[1]).toMatch(/^<p>ESCALATION: /);
    expect((await readSetting(SETTINGS.noteFormat)).value).toBe('text'); // choosing is the sidebar's, not copying's

    await writeSetting(SETTINGS.noteFormat, 'markdown');
    await session.run('insertNote');
    expect(copied[2]).toMatch(/^ESCALATION: .+ {2}\n/);
    expect(editor.value).toContain('ESCALATION: Nobody in our Chicago office can log in');
    expect(session.noteStatus.value?.text).toBe('Note put in the internal note editor, and copied to the clipboard (Markdown).');
    await writeSetting(SETTINGS.noteFormat, 'text');
  });

  it('puts the note in the internal-note editor and on the clipboard, and says so', async () => {
    const copied: string[] = [];
    vi.stubGlobal('navigator', { clipboard: { writeText: async (text: string) => void copied.push(text) } });
    const { session } = ready('/tickets/1042');
    await session.run('insertNote');
    const editor = document.querySelector<HTMLTextAreaElement>('#composer-text')!;
    expect(editor.value).toContain('ESCALATION: Nobody in our Chicago office can log in');
    expect(editor.value).toContain('Severity: Critical');
    expect(copied).toEqual([editor.value]);
    expect(session.noteStatus.value).toEqual({ ok: true, text: 'Note put in the internal note editor, and copied to the clipboard (text).' });
  });

  it('says plainly when neither the editor nor the clipboard took it', async () => {
    vi.stubGlobal('navigator', { clipboard: { writeText: async () => Promise.reject(new Error('denied')) } });
    const { session } = ready('/tickets/1042');
    document.querySelector('#tab-note')?.remove();
    await session.run('insertNote');
    expect(session.noteStatus.value).toEqual({ ok: false, text: 'Could not put the note in the ticket (could not find the note editor on this page); the clipboard was not available.' });
  });

  it('carries the impact facts in force in its business-impact lines once the agent confirmed or changed one, and none before', async () => {
    const copied: string[] = [];
    vi.stubGlobal('navigator', { clipboard: { writeText: async (text: string) => void copied.push(text) } });
    const { session } = ready('/tickets/1042');
    await session.run('insertNote');
    expect(copied[0]).not.toMatch(/by support\)|read from the ticket/);

    const reply = session.reply.value!;
    const agent = { who: 'one_user' as const, kind: 'broken' as const };
    (session as unknown as { setAgentFacts(f: object, c: object): void }).setAgentFacts(agent, chooseLevel(reply.suggestion, agent, defaultPolicy));
    await session.run('insertNote');
    const note = copied[1]!;
    const impact = note.slice(note.indexOf('BUSINESS IMPACT'), note.indexOf('PROBLEM NARRATIVE'));
    expect(impact).toContain('- Who is affected: One user (changed by support)');
    expect(impact).toContain('- What kind of ticket: Something broken (confirmed by support)');
    expect(impact).toContain('- What it touches: Sign-in (read from the ticket)');
    expect(impact).toContain('- A workaround: None (read from the ticket)');
    // The level the changed facts give is the note's severity.
    expect(note).toContain(`Severity: ${session.effective.value!.levelName}`);
    expect(session.effective.value!.severity).toBe(3);
  });
});
