/**
 * The background's answers to the sidebar: triage a ticket against the team policy and the
 * agent's recent tickets, remember what was seen, store overrides. Time is passed in.
 */
import { prefill } from '../handoff/prefill';
import { caseReference, findRecord, type CaseRecord } from '../handoff/record-line';
import { destinationName, levelName } from '../policy/names';
import type { Policy } from '../policy/schema';
import type { EscalationEvent } from '../store/case-log';
import type { TierlineDb } from '../store/db';
import type { CStoBG, RequestOf, ResponseOf, TriageReply } from '../store/protocol';
import type { TicketSnapshot } from '../ticket/snapshot';
import type { Suggestion } from '../triage/types';
import { caseLog, latestEvents, logEvent, recentTickets, saveTicketSeen } from '../store/tickets';
import { summarizePolicy, type LoadedPolicy } from './policy-service';
import { suggest } from '../triage';
import { chooseLevel, factsInForceNow } from '../triage/decide';
import { saveThread } from './timers-service';

export interface ServiceDeps {
  db: TierlineDb;
  policy: () => Promise<LoadedPolicy>;
  now: () => number;
}

export async function triageTicket(deps: ServiceDeps, { key, snapshot }: RequestOf<CStoBG, 'ticket/triage'>): Promise<ResponseOf<CStoBG, 'ticket/triage'>> {
  const loaded = await deps.policy();
  const now = deps.now();
  const windowStart = now - loaded.policy.recurring.windowMinutes * 60_000;
  const history = await recentTickets(deps.db, windowStart);
  const ageMinutes = snapshot.createdAt ? Math.max(0, (now - Date.parse(snapshot.createdAt)) / 60_000) : undefined;
  const suggestion = suggest(
    {
      subject: snapshot.subject,
      messages: snapshot.messages,
      requester: snapshot.requester,
      tags: snapshot.tags,
      ...(snapshot.priority === undefined ? {} : { priority: snapshot.priority }),
      ...(snapshot.status === undefined ? {} : { status: snapshot.status }),
      ...(ageMinutes === undefined || Number.isNaN(ageMinutes) ? {} : { ageMinutes }),
    },
    loaded.policy,
    { now, history, selfKey: key },
  );
  await saveTicketSeen(deps.db, {
    key,
    adapter: snapshot.adapter,
    ticketId: snapshot.ticketId,
    subject: snapshot.subject,
    url: snapshot.url,
    severity: suggestion.severity,
    destination: suggestion.destination,
    symptom: suggestion.symptom,
    seenAt: now,
  });
  // The thread's times, so the timers can be planned with no tab open (src/background/timers-service.ts).
  await saveThread(deps.db, key, snapshot, now);
  const log = await caseLog(deps.db, key);
  const latest = log.findLast((e) => e.type === 'override');
  const override = latest?.withdrawn ? undefined : latest; // the agent went back to the suggestion
  const policy = summarizePolicy(loaded);
  const facts = log.findLast((e) => e.type === 'facts')?.values ?? {};
  return {
    suggestion,
    policy,
    override: override ? { severity: override.severity, destination: override.destination, reason: override.reason, at: override.at } : null,
    ...handoffFacts(snapshot, suggestion, policy.timeZone),
    localRecord: openCase(log, snapshot, loaded.policy),
    facts,
    choice: chooseLevel(suggestion, facts, loaded.policy),
  };
}

/** The agent confirmed or changed impact facts: logged for the ticket (kept across reloads) and for the review. */
export async function saveFacts(deps: ServiceDeps, request: RequestOf<CStoBG, 'ticket/facts'>): Promise<ResponseOf<CStoBG, 'ticket/facts'>> {
  await logEvent(deps.db, { type: 'facts', ticketKey: request.key, at: deps.now(), values: request.values, read: request.read, suggested: request.suggested, inForce: request.inForce, ...(request.routes ? { routes: request.routes } : {}) });
  return { saved: true };
}

/**
 * This browser's own escalation of the ticket, as a record, while no de-escalation or closeout
 * followed it: the case survives a reload before (or without) its note reaching the ticket.
 */
export function openCase(log: readonly { type: string }[], snapshot: Pick<TicketSnapshot, 'ticketNumber' | 'ticketId'>, policy: Pick<Policy, 'levels' | 'destinations'>): CaseRecord | null {
  const last = log.findLast((e) => e.type === 'escalation' || e.type === 'deescalation' || e.type === 'closeout');
  if (last?.type !== 'escalation') return null;
  const e = last as EscalationEvent;
  if (e.destination === 'support') return null;
  return {
    ref: caseReference(snapshot, e.at),
    level: e.severity,
    levelName: levelName(policy, e.severity),
    destination: e.destination,
    destinationName: destinationName(policy, e.destination),
    owner: e.owner || 'unnamed',
    // The log spells it approve_exception, the record line 'approve exception'.
    ask: (e.ask as string) === 'approve_exception' ? 'approve exception' : (e.ask as CaseRecord['ask']),
    deadline: new Date(e.deadline).toISOString(),
    escalatedAt: new Date(e.at).toISOString(),
    escalatedBy: e.by || 'unnamed',
    move: e.movement,
  };
}

/** What the handoff needs from the ticket beside the verdict: the prefill and the shared record. Pure; here so the sidebar bundle carries neither the extractors nor the parser. */
export function handoffFacts(snapshot: TicketSnapshot, suggestion: Suggestion, timeZone: string): Pick<TriageReply, 'prefill' | 'sharedRecord'> {
  return { prefill: prefill(snapshot, { suggestion, timeZone }), sharedRecord: findRecord(snapshot)?.record ?? null };
}

export async function saveOverride(deps: ServiceDeps, request: RequestOf<CStoBG, 'ticket/override'>): Promise<ResponseOf<CStoBG, 'ticket/override'>> {
  const at = deps.now();
  await logEvent(deps.db, { type: 'override', ticketKey: request.key, at, severity: request.severity, destination: request.destination, reason: request.reason, suggested: request.suggested, ...(request.withdrawn ? { withdrawn: true as const } : {}) });
  return { saved: true };
}

export async function knownTickets(deps: ServiceDeps, { keys }: RequestOf<CStoBG, 'tickets/known'>): Promise<ResponseOf<CStoBG, 'tickets/known'>> {
  const [rows, overrides, facts, loaded] = await Promise.all([deps.db.tickets.bulkGet(keys), latestEvents(deps.db, keys, 'override'), latestEvents(deps.db, keys, 'facts'), deps.policy()]);
  const known: ResponseOf<CStoBG, 'tickets/known'> = {};
  for (const row of rows) {
    if (!row) continue;
    // The level in force: the agent's decision wins over the facts they confirmed, which win over the suggestion.
    const latest = overrides.get(row.key);
    const override = latest?.withdrawn ? undefined : latest;
    const confirmed = facts.get(row.key);
    const chosen = override ?? (confirmed ? factsInForceNow(confirmed, loaded.policy) : row);
    known[row.key] = { severity: chosen.severity, levelName: levelName(loaded.policy, chosen.severity), destination: chosen.destination, ...(override ? { overridden: true as const } : {}) };
  }
  return known;
}
