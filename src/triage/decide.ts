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
