/**
 * The background's side of the handoff: the policy's handoff part for the sidebar and the
 * guard, the escalation note's rendering, the `escalation` case event, and the per-ticket draft (Dexie v3 `drafts`), so the
 * agent's answers survive a reload, a closed tab and a stopped service worker. Time is passed in.
 */
import { renderNote } from '../handoff/note';
import type { Ask as LogAsk } from '../store/case-log';
import type { CStoBG, RequestOf, ResponseOf } from '../store/protocol';
import { logEvent } from '../store/tickets';
import type { ServiceDeps } from './triage-service';

export async function handoffPolicy(deps: ServiceDeps): Promise<ResponseOf<CStoBG, 'handoff/policy'>> {
  const { policy } = await deps.policy();
  return { levels: policy.levels, destinations: policy.destinations, commonChecklist: policy.commonChecklist, businessHours: policy.businessHours, handoff: policy.handoff };
}

/** The escalation note in text, Markdown and HTML (the page puts it in the editor and on the clipboard). */
export function renderNoteFor(request: RequestOf<CStoBG, 'handoff/render-note'>): ResponseOf<CStoBG, 'handoff/render-note'> {
  return renderNote(request);
}

/** The case log spells the ask as an identifier; the policy (and the record line) in words. */
const LOG_ASK: Record<RequestOf<CStoBG, 'handoff/escalate'>['ask'], LogAsk> = { investigate: 'investigate', fix: 'fix', decide: 'decide', 'approve exception': 'approve_exception' };

export async function escalate(deps: ServiceDeps, request: RequestOf<CStoBG, 'handoff/escalate'>): Promise<ResponseOf<CStoBG, 'handoff/escalate'>> {
  const at = deps.now();
  await logEvent(deps.db, {
    type: 'escalation',
    ticketKey: request.key,
    at,
    movement: request.movement,
    severity: request.severity,
    destination: request.destination,
    owner: request.owner,
    ask: LOG_ASK[request.ask],
    deadline: Date.parse(request.deadline),
    answers: request.answers,
    ...(request.by ? { by: request.by } : {}),
    ...(request.overrideReason ? { overrideReason: request.overrideReason } : {}),
  });
  // Escalated: the draft has done its job.
  await deps.db.drafts.delete(request.key);
  return { saved: true, at };
}

export async function getDraft(deps: ServiceDeps, { key }: RequestOf<CStoBG, 'draft/get'>): Promise<ResponseOf<CStoBG, 'draft/get'>> {
  const row = await deps.db.drafts.get(key);
  return row ? { destination: row.destination, answers: row.answers, ...(row.movement ? { movement: row.movement } : {}), savedAt: row.savedAt } : null;
}

export async function saveDraft(deps: ServiceDeps, { key, destination, answers, movement }: RequestOf<CStoBG, 'draft/save'>): Promise<ResponseOf<CStoBG, 'draft/save'>> {
  if (Object.keys(answers).length === 0 && !movement) await deps.db.drafts.delete(key);
  else await deps.db.drafts.put({ key, destination, answers, ...(movement ? { movement } : {}), savedAt: deps.now() });
  return { saved: true };
}

export async function discardDraft(deps: ServiceDeps, { key }: RequestOf<CStoBG, 'draft/discard'>): Promise<ResponseOf<CStoBG, 'draft/discard'>> {
  await deps.db.drafts.delete(key);
  return { discarded: true };
}
