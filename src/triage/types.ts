/**
 * The triage contract: what goes into the engine and what comes out.
 * Pure data; the sidebar, the background, the audit CLI and the benchmarks share it.
 */
import type { DestinationId, Severity, TriggerFamily } from '../policy/primitives';
import type { FactId } from '../policy/fact-names';
import type { AuthorRole } from '../ticket/snapshot';
import type { ImpactFacts } from './facts';
import type { RouteOnTop } from './decide';

/** The part of a ticket the engine reads (a TicketSnapshot fits; so does an audit row). */
export interface TriageInput {
  subject?: string;
  /** Oldest first. */
  messages: { author: AuthorRole; text: string; at?: string }[];
  requester?: { name?: string; email?: string; org?: string; plan?: string };
  tags?: string[];
  priority?: string;
  status?: string;
  /** Minutes since the ticket was opened, when known (feeds "stalled"). */
  ageMinutes?: number;
}

/** A ticket this agent opened recently (from the store), for the recurring-pattern trigger. */
export interface RecentTicket {
  key: string;
  ticketId: string | null;
  subject: string;
  /** Symptom signature computed by the engine when that ticket was seen; null if none. */
  symptom: string | null;
  /** Epoch ms. */
  seenAt: number;
}

export interface TriageContext {
  /** Epoch ms; the engine never reads the clock. */
  now: number;
  history?: RecentTicket[];
  /** Key of the ticket being triaged, so history never counts it twice. */
  selfKey?: string;
}

/**
 * Where words that fired a rule stand: message index (-1 = subject) and character offsets.
 * A ticket field or the agent's history (no message text) has messageIndex -2, start = end = 0,
 * `field` naming it and `quote` saying its value ("plan: Enterprise", "open 6 h 10 min").
 */
export interface Evidence {
  quote: string;
  messageIndex: number;
  start: number;
  end: number;
  /** Set when the evidence is not message text (messageIndex -2): which field the quote shows. */
  field?: EvidenceField;
  /** The words before and after the quote in its sentence, cut at word boundaries ("…" where cut), on one line. */
  before?: string;
  after?: string;
}

/** A field value that fired a rule: the requester's plan, org or a tag, the ticket's age, the recent-ticket history. */
export type EvidenceField = 'plan' | 'org' | 'tag' | 'age' | 'history';

/** messageIndex of evidence that is a field value, not message text. */
export const FIELD_EVIDENCE = -2;

export interface FiredRule {
  id: string;
  label: string;
  effect: 'raise' | 'lower' | 'route' | 'flag';
  severity?: Severity;
  destination?: DestinationId;
  trigger?: TriggerFamily;
  evidence: Evidence[];
  /** Other tickets named by the rule (recurring pattern). */
  related?: { key: string; ticketId: string | null; subject: string }[];
}

export interface Suggestion {
  severity: Severity;
  /** The policy's name for that level ("Critical"). */
  levelName: string;
  destination: DestinationId;
  emotionFlag: boolean;
  triggers: TriggerFamily[];
  /** Every rule that fired, raising, lowering, routing or flagging. */
  rules: FiredRule[];
  /** When nothing warrants escalation: why, and which basic checks remain. */
  keepInSupport: { reasons: string[]; checks: string[] } | null;
  /** 0..1: how clear-cut the decision was. */
  confidence: number;
  /** Short explanation a person can check ("Raised to Critical by: service outage"). */
  summary: string;
  /** Symptom signature for the recurring-pattern history; null when none. */
  symptom: string | null;
  /** The five impact facts as read from the ticket, each with its quote or not stated (./facts.ts). */
  facts: ImpactFacts;
  /**
   * The route rules that fired, in policy order, with the destinations they apply from: they
   * still route on top of the decision table's destination once the agent confirms the facts
   * (./decide.ts routeOnTop). Tier-skipping destinations are left out: those follow the facts.
   */
  routes: RouteOnTop[];
  /**
   * The deciding facts the agent is asked to settle: how much is stopped and who is affected,
   * when no rule set the level (it is the policy's default, not a finding) and the ticket
   * does not say them. Empty when a rule decided or both are stated.
   */
  asks: FactId[];
}
