/**
 * The decision table section of the policy (v4): rows of conditions on the five impact facts,
 * each giving a level and a destination; the first row that matches decides (src/triage/decide.ts).
 * A table is refused, with the row and the facts named, when a row can never be reached (the
 * rows before it already decide every case it names; a contradiction when they decide
 * differently) or when some facts reach no row: never a silent default.
 */
import { z } from 'zod';
import { FACT_IDS, FACT_VALUES, UNSTATED, rowMatches, type FactId, type FactValues, type TableRow } from './fact-names';
import { DestinationId, Severity } from './primitives';

const condition = <F extends FactId>(fact: F) =>
  z
    .array(z.enum([UNSTATED, ...(FACT_VALUES[fact] as readonly string[])] as [string, ...string[]]))
    .min(1, 'an empty list never matches: leave the fact out to match any value')
    .max(10)
    .optional();

export const DecisionRow = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_-]*$/, 'use lower-case letters, digits, - and _'),
  label: z.string().min(1).max(160),
  when: z.object({ kind: condition('kind'), stopped: condition('stopped'), who: condition('who'), workaround: condition('workaround'), touches: condition('touches') }),
  level: Severity,
  destination: DestinationId,
});
export type DecisionRow = z.infer<typeof DecisionRow>;

export const DecisionTable = z
  .object({ rows: z.array(DecisionRow).min(1).max(200) })
  .superRefine((table, ctx) => {
    for (const problem of tableProblems(table.rows as TableRow[])) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  });
export type DecisionTable = z.infer<typeof DecisionTable>;

/** Every combination of fact values, "not stated" included (6 × 5 × 5 × 4 × 7 = 4,200). */
export function allFactCombinations(): FactValues[] {
  let out: Partial<FactValues>[] = [{}];
  for (const fact of FACT_IDS) {
    const values: (string | null)[] = [...FACT_VALUES[fact], null];
    out = out.flatMap((partial) => values.map((v) => ({ ...partial, [fact]: v })));
  }
  return out as FactValues[];
}

const describe = (facts: FactValues) => FACT_IDS.map((f) => `${f}=${facts[f] ?? UNSTATED}`).join(', ');

/** Duplicate ids, rows never reached (and by which rows), facts that reach no row. */
export function tableProblems(rows: readonly TableRow[]): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const ids = new Map<string, number>();
  rows.forEach((row, i) => {
    if (ids.has(row.id)) problems.push({ path: ['rows', i, 'id'], message: `"${row.id}" is also row ${ids.get(row.id)}: each row needs its own id` });
    else ids.set(row.id, i);
  });
  // First pass: the deciding row of every combination (stops at the first match: cheap on every load).
  const all = allFactCombinations();
  const reachedBy = rows.map(() => 0);
  let uncovered: FactValues | null = null;
  let uncoveredCount = 0;
  for (const facts of all) {
    const decided = rows.findIndex((row) => rowMatches(row, facts));
    if (decided === -1) {
      uncovered ??= facts;
      uncoveredCount++;
    } else reachedBy[decided]!++;
  }
  // Only for a row never reached: which earlier rows decide the cases it names.
  rows.forEach((row, i) => {
    if (reachedBy[i]! > 0) return;
    const shadows = new Set<number>();
    for (const facts of all) if (rowMatches(row, facts)) shadows.add(rows.findIndex((r) => rowMatches(r, facts)));
    const before = [...shadows].filter((j) => j >= 0 && j < i).sort((a, b) => a - b);
    const differ = before.filter((j) => rows[j]!.level !== row.level || rows[j]!.destination !== row.destination);
    const names = (list: number[]) => list.map((j) => `${j} ("${rows[j]!.id}")`).join(', ');
    problems.push({
      path: ['rows', i],
      message: differ.length
        ? `row "${row.id}" contradicts row ${names(differ)}: every case it names is already decided there, with another level or destination, so it is never reached`
        : before.length
          ? `row "${row.id}" is unreachable: row ${names(before)} already decide every case it names`
          : `row "${row.id}" never matches any facts`,
    });
  });
  if (uncovered) problems.push({ path: ['rows'], message: `${uncoveredCount} combinations of facts reach no row (e.g. ${describe(uncovered)}): end the table with a row without conditions` });
  return problems;
}
