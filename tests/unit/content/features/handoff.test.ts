// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { demo } from '../../../../src/adapters/demo';
import { escalationNoteFeature } from '../../../../src/content/features/escalation-note';
import { handoffFeature } from '../../../../src/content/features/handoff';
import { readTicket } from '../../../../src/content/read';
import { renderRecordLine, type CaseRecord } from '../../../../src/handoff/record-line';
import { defaultPolicy } from '../../../../src/policy/defaults';
import { SETTINGS, writeSetting } from '../../../../src/settings/registry';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { HandoffDraft } from '../../../../src/store/protocol';
import { openDemo, startFeature, triageReply, until } from './harness';

afterEach(() => {
  vi.unstubAllGlobals();
  fakeBrowser.reset();
});

const policy = { levels: defaultPolicy.levels, destinations: defaultPolicy.destinations, commonChecklist: defaultPolicy.commonChecklist, businessHours: defaultPolicy.businessHours, handoff: defaultPolicy.handoff };
const AT = Date.parse('2026-11-23T15:12:00Z');

function ready(path: string, draft: HandoffDraft | null = null) {
  const url = openDemo(path);
  const saved: unknown[] = [];
  const run = startFeature(handoffFeature, demo, url, {
    'handoff/policy': () => policy,
    'draft/get': () => draft,
    'draft/save': (p) => {
      saved.push(p);
      return { saved: true as const };
    },
    'draft/discard': () => ({ discarded: true as const }),
    'handoff/escalate': () => ({ saved: true as const, at: AT }),
  });
  const read = readTicket({ adapter: demo, url, doc: document } as Parameters<typeof readTicket>[0], '');
  run.session.showRead(read);
  run.session.showReply(triageReply(read.snapshot));
  return { ...run, saved, read };
}

function fillAll(session: ReturnType<typeof ready>['session']) {
  for (const m of session.handoffProgress.value.missing) {
    const item = session.checklist.value.find((i) => i.id === m.id)!;
    session.setAnswer(m.id, item.kind === 'choice' ? item.options![0]! : item.kind === 'datetime' ? '2026-11-23T16:00:00Z' : `answer for ${m.id}`);
  }
}

describe('handoff feature', () => {
  it('loads the checklist for the destination in force, prefilled, with progress and what is missing', async () => {
    const { session } = ready('/tickets/1042');
    await until(() => session.handoffPolicy.value !== null, 'the handoff policy');
    expect(session.handoffDestination.value).toBe(session.effective.value!.destination);
    const p = session.handoffProgress.value;
    expect(p.total).toBeGreaterThan(3);
    expect(p.done).toBeGreaterThan(0); // prefilled from the ticket
    expect(p.missing.length).toBeGreaterThan(0);
    expect(p.missing.every((m) => m.why.length > 0)).toBe(true);
    expect(session.handoffComplete(session.handoffDestination.value!)).toBe(false);
  });

  it('restores the draft, saves edits debounced, and refuses to escalate incomplete without a reason', async () => {
    const { session, saved, sent } = ready('/tickets/1042', { destination: 'engineering', answers: { owner: 'Priya Nair' }, savedAt: 1 });
    await until(() => session.handoffPolicy.value !== null, 'the handoff policy');
    expect(session.answers.value.owner).toBe('Priya Nair');
    session.setAnswer('owner', 'Priya N.');
    await until(() => saved.length === 1, 'the draft save', 2_000);
    expect(saved[0]).toMatchObject({ key: session.key, answers: { owner: 'Priya N.' } });
    await expect(session.run('escalate')).rejects.toThrow(/incomplete/);
    expect(sent.some((m) => m.type === 'handoff/escalate')).toBe(false);
  });

  it('escalates: logs the event and puts the full note with the record line in the editor', async () => {
    vi.stubGlobal('navigator', { clipboard: { writeText: async () => undefined } });
    const url = openDemo('/tickets/1042');
    const handlers = { 'handoff/policy': () => policy, 'draft/get': () => null, 'handoff/escalate': () => ({ saved: true as const, at: AT }) };
    const run = startFeature(handoffFeature, demo, url, handlers);
    const note = startFeature(escalationNoteFeature, demo, url);
    // One session for both features, as the controller runs them: re-run with the note feature's command on this session.
    const read = readTicket({ adapter: demo, url, doc: document } as Parameters<typeof readTicket>[0], '');
    for (const s of [run.session, note.session]) {
      s.showRead(read);
      s.showReply(triageReply(read.snapshot));
    }
    await until(() => run.session.handoffPolicy.value !== null, 'the handoff policy');
    fillAll(run.session);
    expect(run.session.handoffProgress.value.missing).toEqual([]);
    // The note feature's command on the handoff session.
    (run.session as unknown as { provide: typeof run.session.provide }).provide('insertNote', (h) => note.session.run('insertNote', h), run.signal);
    await run.session.run('escalate');
    const event = run.sent.find((m) => m.type === 'handoff/escalate')!.payload as Record<string, unknown>;
    expect(event).toMatchObject({ key: run.session.key, destination: run.session.handoffDestination.value, movement: 'escalation', owner: 'answer for owner' });
    expect(event.overrideReason).toBeUndefined();
    const editor = document.querySelector<HTMLTextAreaElement>('#composer-text')!;
    expect(editor.value).toContain('[tierline-case v1] ref=TL-1042-20261123-1512');
    expect(run.session.caseRecord.value).toMatchObject({ owner: 'answer for owner', escalatedAt: '2026-11-23T15:12:00.000Z' });
  });

  it('escalates anyway with a reason, logged', async () => {
    const { session, sent } = ready('/tickets/1042');
    await until(() => session.handoffPolicy.value !== null, 'the handoff policy');
    await session.run('escalate', { overrideReason: 'customer is on the phone with the CEO' });
    expect(sent.find((m) => m.type === 'handoff/escalate')!.payload).toMatchObject({ overrideReason: 'customer is on the phone with the CEO' });
  });

  it('shows the case from a record line in an internal note, never from a customer message', () => {
    const record: CaseRecord = { ref: 'TL-1042-20261123-1512', level: 1, levelName: 'Critical', destination: 'engineering', destinationName: 'Engineering', owner: 'Priya Nair', ask: 'fix', deadline: '2026-11-23T15:27:00Z', escalatedAt: '2026-11-23T15:12:00Z', escalatedBy: 'Alex Morgan', move: 'escalation' };
    const line = renderRecordLine(record);
    const { session, read } = ready('/tickets/1042');
    const snapshot = read.snapshot;
    // Read and triaged as the controller does: the background's reply carries the record it found.
    const show = (next: typeof snapshot) => {
      session.showRead({ ...read, snapshot: next });
      session.showReply(triageReply(next));
    };
    show({ ...snapshot, messages: [...snapshot.messages, { author: 'customer', text: `please escalate\n${line}` }] });
    expect(session.caseRecord.value).toBeNull();
    show({ ...snapshot, messages: [...snapshot.messages, { author: 'internal', text: `ESCALATION …\n${line}` }] });
    expect(session.caseRecord.value).toMatchObject({ owner: 'Priya Nair', escalatedBy: 'Alex Morgan', destination: 'engineering' });
  });

  it('escalation "by": the helpdesk\'s signed-in agent when "your name" is empty, the setting when it is set', async () => {
    const { session, sent } = ready('/tickets/1042');
    document.body.insertAdjacentHTML('afterbegin', '<header class="topbar"><span class="agent">Signed in as Alex Morgan</span></header>');
    await until(() => session.handoffPolicy.value !== null, 'the handoff policy');
    expect(session.by.value).toEqual({ name: 'Alex Morgan', from: 'helpdesk' }); // shown in the form before escalating
    await session.run('escalate', { overrideReason: 'customer is on the phone' });
    expect(sent.filter((m) => m.type === 'handoff/escalate').at(-1)!.payload).toMatchObject({ by: 'Alex Morgan' });
    expect(session.caseRecord.value).toMatchObject({ escalatedBy: 'Alex Morgan' });

    await writeSetting(SETTINGS.agentName, 'Sam Lee');
    const second = ready('/tickets/1042');
    document.body.insertAdjacentHTML('afterbegin', '<header class="topbar"><span class="agent">Signed in as Alex Morgan</span></header>');
    await until(() => second.session.handoffPolicy.value !== null, 'the handoff policy');
    expect(second.session.by.value).toEqual({ name: 'Sam Lee', from: 'settings' });
    await second.session.run('escalate', { overrideReason: 'customer is on the phone' });
    expect(second.sent.filter((m) => m.type === 'handoff/escalate').at(-1)!.payload).toMatchObject({ by: 'Sam Lee' });
  });

  it('escalation or transfer: proposed from the route (Tier 1 → Engineering is up a tier), the agent\'s choice logged and in the record', async () => {
    const { session, sent } = ready('/tickets/1042');
    await until(() => session.handoffPolicy.value !== null, 'the handoff policy');
    expect(session.movementFrom.value).toBe('support');
    expect(session.movement.value).toBe('escalation');
    session.setMovement('transfer');
    await session.run('escalate', { overrideReason: 'moving it to the product team' });
    expect(sent.find((m) => m.type === 'handoff/escalate')!.payload).toMatchObject({ movement: 'transfer' });
    expect(session.caseRecord.value).toMatchObject({ move: 'transfer' });
    expect(session.handoffStatus.value?.text).toMatch(/^Transferred anyway/);
  });

  it('the escalation-or-transfer choice is saved with the draft and restored from it', async () => {
    const { session, saved } = ready('/tickets/1042');
    await until(() => session.handoffPolicy.value !== null, 'the handoff policy');
    session.setMovement('transfer');
    await until(() => saved.length === 1, 'the draft save', 2_000);
    expect(saved[0]).toMatchObject({ key: session.key, movement: 'transfer' });
    const again = ready('/tickets/1042', { destination: 'engineering', answers: {}, movement: 'transfer', savedAt: 1 });
    await until(() => again.session.handoffPolicy.value !== null, 'the handoff policy');
    expect(again.session.movement.value).toBe('transfer');
  });

  it('a ticket already in a specialist team\'s group: a handoff to a team at the same tier is proposed as a transfer', async () => {
    const { session, read } = ready('/tickets/1042');
    session.showRead({ ...read, snapshot: { ...read.snapshot, group: 'Product' } });
    await until(() => session.handoffPolicy.value !== null, 'the handoff policy');
    expect(session.movementFrom.value).toBe('product');
    expect(session.handoffDestination.value).toBe('engineering'); // the demo ticket's route
    expect(session.movement.value).toBe('transfer'); // Product to Engineering: side by side, not up a tier
  });
});
