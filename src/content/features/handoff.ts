/**
 * The handoff: the policy's checklist part and this ticket's draft loaded on open; the agent's
 * edits saved as the draft (debounced, flushed when the ticket is left); "Escalate" logs an
 * `escalation` case event and puts the full note, ending with the shared-record line, into
 * the internal-note editor and on the clipboard (the escalation-note feature's path).
 * The checklist, prefill and note code is the sidebar bundle's (the session, `tools`).
 */
import type { Ask } from '../../policy/primitives';
import type { CaseRecord } from '../../handoff/record-line';
import { readSetting, SETTINGS } from '../../settings/registry';
import type { DestinationId } from '../../policy/primitives';
import type { TicketFeature } from '../feature';

const SAVE_AFTER_MS = 400;
const ASKS: readonly string[] = ['investigate', 'fix', 'decide', 'approve exception'];
const ISO_OFFSET = /(?:Z|[+-]\d{2}:\d{2})$/;

export const handoffFeature: TicketFeature = {
  id: 'handoff',
  on: 'ticket',
  title: 'the handoff checklist',
  async init({ session, page, tools }, signal) {
    // ── the draft: saved a moment after the last edit, and when the ticket is left ──
    let timer: ReturnType<typeof setTimeout> | undefined;
    let loaded = false;
    let dirty = false;
    const save = () => {
      clearTimeout(timer);
      timer = undefined;
      const destination = session.handoffDestination.value;
      if (!dirty || !destination || destination === 'support') return;
      dirty = false;
      const at = Date.now();
      void page
        .send('draft/save', { key: session.key, destination: destination as DestinationId, answers: { ...session.edits.value }, ...(session.movementChoice.value ? { movement: session.movementChoice.value } : {}) })
        .then(
          () => void (!signal.aborted && session.draftSaved(at)),
          () => void (dirty = true), // kept for the next save
        );
    };
    const changed = () => {
      if (!loaded) return;
      dirty = true;
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_AFTER_MS);
    };
    // The answers and the escalation-or-transfer choice are the draft.
    const unsubscribe = session.edits.subscribe(changed);
    const unsubscribeMovement = session.movementChoice.subscribe(changed);
    const flush = () => save();
    window.addEventListener('pagehide', flush, { signal });
    signal.addEventListener('abort', () => {
      unsubscribe();
      unsubscribeMovement();
      flush();
    });

    session.provide(
      'discardDraft',
      async () => {
        clearTimeout(timer);
        dirty = false;
        await page.send('draft/discard', { key: session.key });
        if (!signal.aborted) session.clearEdits();
      },
      signal,
    );

    session.provide('copyText', (text, html) => tools.copyRich(text, html), signal);

    session.provide(
      'escalate',
      async (options = {}) => {
        const snapshot = session.snapshot.value;
        const effective = session.effective.value;
        const policy = session.handoffPolicy.value;
        const destination = session.handoffDestination.value;
        if (!snapshot || !effective || !policy || !destination || destination === 'support') return;
        const items = session.checklist.value;
        const answers = { ...session.answers.value };
        const complete = session.handoffProgress.value.missing.length === 0;
        if (!complete && !options.overrideReason) throw new Error('the checklist is incomplete: fill it, or escalate anyway with a reason');
        const route = policy.destinations.find((d) => d.id === destination);
        const ask = (ASKS.includes(answers.ask ?? '') ? answers.ask : route?.ask && ASKS.includes(route.ask) ? route.ask : 'investigate') as Ask;
        const suggestedDeadline = items.find((i) => i.id === 'deadline')?.suggested;
        const deadline = [answers.deadline, suggestedDeadline].find((d) => d && ISO_OFFSET.test(d) && !Number.isNaN(Date.parse(d))) ?? new Date().toISOString();
        const by = (await whoEscalates(page)).name;
        clearTimeout(timer);
        dirty = false;
        const owner = answers.owner?.trim() ?? '';
        const movement = session.movement.value;
        const { at } = await page.send('handoff/escalate', {
          key: session.key,
          severity: effective.severity,
          destination: destination as DestinationId,
          movement,
          owner,
          ask,
          deadline,
          answers,
          ...(by ? { by } : {}),
          ...(options.overrideReason ? { overrideReason: options.overrideReason } : {}),
        });
        if (signal.aborted) return;
        const level = policy.levels.find((l) => l.level === effective.severity);
        const record: CaseRecord = {
          ref: tools.caseReference(snapshot, at),
          level: effective.severity,
          levelName: level?.name ?? effective.levelName,
          destination: destination as CaseRecord['destination'],
          destinationName: route?.name ?? destination,
          owner: owner || 'unnamed',
          ask,
          deadline,
          escalatedAt: new Date(at).toISOString(),
          escalatedBy: by || 'unnamed',
          move: movement,
        };
        session.setEscalated(record);
        // From the guard: the agent's own action, repeated once, now goes through.
        if (session.guardStop.value) session.allowOnce(destination);
        const done = movement === 'transfer' ? 'Transferred' : 'Escalated';
        session.setHandoffStatus({ ok: true, text: options.overrideReason ? `${done} anyway; the reason is in the case log.` : `${done}; it is in the case log.` });
        if (session.can('insertNote')) await session.run('insertNote', { fields: answers, items, record });
      },
      signal,
    );

    const [policy, draft, by] = await Promise.all([page.send('handoff/policy', {}), page.send('draft/get', { key: session.key }), whoEscalates(page)]);
    if (signal.aborted) return;
    session.setBy(by);
    session.setHandoffPolicy(policy);
    session.restoreDraft(draft);
    loaded = true;
  },
};

/** "By": your name from the settings; when it is empty, the helpdesk's signed-in agent (the setting wins). */
async function whoEscalates(page: { adapter: { agentName?: (doc: Document) => string | null }; doc: Document }): Promise<{ name: string; from: 'settings' | 'helpdesk' | null }> {
  const setting = (await readSetting(SETTINGS.agentName).catch(() => ({ value: '' }))).value.trim();
  if (setting) return { name: setting, from: 'settings' };
  const shown = page.adapter.agentName?.(page.doc)?.trim() ?? '';
  return shown ? { name: shown, from: 'helpdesk' } : { name: '', from: null };
}
