/**
 * The decision table (policy section `decisionTable`): the five impact facts → a level and a
 * destination, and which facts decided it. Rows are tried in order and the first whose every
 * condition holds decides (the schema refuses a table where a row can never be reached or some
 * facts reach no row, so this always finds one). Pure and zod-free: the sidebar runs it the
 * moment the agent changes a fact.
 *
 * Route rules the engine fired that are about more than the five facts (a high-value account
 * threatening to leave → Leadership, a cause that points at our code → Engineering, the emotion
 * flag → at least L2) still apply on top of the table's destination (`routeOnTop`); the level is
 * the table's alone, so the same facts always give the same level.
 */
import { FACT_IDS, rowMatches, type FactId, type FactValues, type TableRow } from '../policy/fact-names';
export type { TableRow } from '../policy/fact-names';
import type { DestinationId, Severity } from '../policy/primitives';
import { toScale } from './severity';

export interface TableDecision {
  /** On the team's scale. */
  severity: Severity;
  destination: DestinationId;
  row: { id: string; label: string };
  /** The facts the deciding row names: what decided it. */
  decidedBy: FactId[];
}

/** What decide() needs of the policy (a Policy fits; so does the sidebar's summary). */
export interface TablePolicy {
  scale: 3 | 4;
  decisionTable: { rows: readonly TableRow[] };
  destinations: readonly { id: string; skipsTiers?: boolean }[];
}

/** Null only for a table the schema would refuse (no row matches). */
export function decide(facts: FactValues, policy: TablePolicy): TableDecision | null {
  const row = policy.decisionTable.rows.find((r) => rowMatches(r, facts));
  if (!row) return null;
  return {
    severity: toScale(row.level, policy.scale),
    destination: row.destination,
    row: { id: row.id, label: row.label },
    decidedBy: FACT_IDS.filter((f) => row.when[f] !== undefined),
  };
}

/** A route rule the engine fired: its destination, and the destinations it applies from (none: any). */
export interface RouteOnTop {
  id: string;
  label: string;
  destination: DestinationId;
  from?: readonly DestinationId[];
}

/** The first route that applies to the table's destination (policy order), as the engine's routing does; a tier-skipping destination is never overridden. */
export function routeOnTop(destination: DestinationId, routes: readonly RouteOnTop[], skipping: readonly DestinationId[]): { destination: DestinationId; by: RouteOnTop | null } {
  if (skipping.includes(destination)) return { destination, by: null };
  for (const route of routes) {
    if (route.from && !route.from.includes(destination)) continue;
    return { destination: route.destination, by: route };
  }
  return { destination, by: null };
}

export interface FactsDecision extends TableDecision {
  /** The route rule that moved the table's destination, if one did. */
  routedBy: RouteOnTop | null;
}

/** The facts in force through the table, then the engine's route rules on top (see the top of this file). */
export function decideFacts(facts: FactValues, routes: readonly RouteOnTop[], policy: TablePolicy): FactsDecision | null {
  const table = decide(facts, policy);
  if (!table) return null;
  const skipping = policy.destinations.filter((d) => d.skipsTiers).map((d) => d.id as DestinationId);
  const routed = routeOnTop(table.destination, routes, skipping);
  return { ...table, destination: routed.destination, routedBy: routed.by };
}

/** The facts the agent confirmed or changed on this ticket (a fact left out: not touched). */
export type AgentFacts = { [F in FactId]?: NonNullable<FactValues[F]> };

/** The facts in force: the read facts, with the agent's on top. */
export function factsInForce(read: FactValues, agent: AgentFacts): FactValues {
  return { ...read, ...agent } as FactValues;
}

export interface LevelChoice {
  severity: Severity;
  destination: DestinationId;
  /** "engine": nothing confirmed yet, the engine's own level; "facts": the table for the facts in force. */
  source: 'engine' | 'facts';
  /** The table for the facts in force (the read facts while the agent has touched none). */
  table: FactsDecision | null;
  /** Which facts the agent changed from what was read (a confirmed fact is not a change). */
  changed: FactId[];
}

/**
 * The level a stored facts event gives under today's policy: the table again, on what was
 * read with the agent's facts on top, and the routes the engine fired. An event from before
 * routes were stored keeps the level it was saved with.
 */
export function factsInForceNow(
  event: { values: AgentFacts; read: FactValues; suggested: { severity: Severity; destination: DestinationId }; inForce: { severity: Severity; destination: DestinationId }; routes?: readonly RouteOnTop[] },
  policy: TablePolicy,
): { severity: Severity; destination: DestinationId } {
  if (!event.routes) return event.inForce;
  const facts = Object.fromEntries(FACT_IDS.map((f) => [f, { value: event.read[f] }])) as { [F in FactId]: { value: FactValues[F] } };
  const choice = chooseLevel({ ...event.suggested, facts, routes: event.routes }, event.values, policy);
  return { severity: choice.severity, destination: choice.destination };
}

/**
 * Which level is in force, before any override.
 *
 * - The agent confirmed or changed a fact: the table decides, for the read facts with the
 *   agent's on top. The same facts always give the same level; the route rules the engine
 *   fired still route on top (see routeOnTop).
 * - The agent has touched nothing: the engine's own level and destination. The engine reads
 *   more than the five facts can say (a deadline close by, an SLA about to breach, a high-value
 *   account blocked, a security concern that is not an exposure, an internal note's diagnosis),
 *   and its level is what the corpus test holds to (≥ 90 % exact). The table on the read facts
 *   is computed all the same: where it differs, the sidebar says what confirming would give, so
 *   a click never moves the level unannounced. On the corpus the two agree on 94.8 % of
 *   severities (README, "The triage engine"), which is how often confirming changes nothing.
 */
export function chooseLevel(
  suggestion: { severity: Severity; destination: DestinationId; facts: { [F in FactId]: { value: FactValues[F] } }; routes: readonly RouteOnTop[] },
  agent: AgentFacts,
  policy: TablePolicy,
): LevelChoice {
  const read = Object.fromEntries(FACT_IDS.map((f) => [f, suggestion.facts[f].value])) as FactValues;
  const touched = FACT_IDS.filter((f) => agent[f] !== undefined);
  const table = decideFacts(factsInForce(read, agent), suggestion.routes, policy);
  const changed = touched.filter((f) => agent[f] !== read[f]);
  if (touched.length === 0 || !table) return { severity: suggestion.severity, destination: suggestion.destination, source: 'engine', table, changed };
  return { severity: table.severity, destination: table.destination, source: 'facts', table, changed };
}
