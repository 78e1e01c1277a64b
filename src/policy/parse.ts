/** Parse a policy from untrusted input (an imported file, storage) with readable errors. */
import { z } from 'zod';
import { migratePolicy } from './migrate';
import { Policy } from './schema';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Migrate from the policy's own schemaVersion, then validate. */
export function parsePolicy(input: unknown): ParseResult<Policy> {
  const migrated = migratePolicy(input);
  if (!migrated.ok) return { ok: false, errors: [migrated.error] };
  const result = Policy.safeParse(migrated.value);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: describeIssues(result.error) };
}

/** A policy file's result: on success, the keys that were dropped because the schema does not know them. */
export type PolicyFileResult = { ok: true; value: Policy; warnings: string[] } | { ok: false; errors: string[] };

/** Parse JSON text (a policy file) and validate it; never throws. */
export function parsePolicyJson(text: string): PolicyFileResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`not valid JSON: ${(error as Error).message}`] };
  }
  const result = parsePolicy(data);
  if (!result.ok) return result;
  // The schema strips keys it does not know: a typo ("checkin") or a newer version's field
  // would vanish silently, so name each one.
  return { ...result, warnings: droppedKeys(data, result.value).map((path) => `ignored unknown key "${path}"`) };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Paths of object keys present in the input but absent from the parsed value, in input order. */
function droppedKeys(input: unknown, parsed: unknown, path: string[] = []): string[] {
  if (!isRecord(input) || !isRecord(parsed)) return [];
  const dropped: string[] = [];
  for (const key of Object.keys(input)) {
    const here = [...path, key];
    if (!(key in parsed)) dropped.push(here.join('.'));
    else dropped.push(...droppedKeys(input[key], (parsed as Record<string, unknown>)[key], here));
  }
  return dropped;
}

/** "levels.2.firstResponse.unit: expected one of minutes|hours|…" — one line per problem. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : '(top level)';
    return `${where}: ${issue.message}`;
  });
}
