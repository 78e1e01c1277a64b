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

/** Parse JSON text (a policy file) and validate it; never throws. */
export function parsePolicyJson(text: string): ParseResult<Policy> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`not valid JSON: ${(error as Error).message}`] };
  }
  return parsePolicy(data);
}

/** "levels.2.firstResponse.unit: expected one of minutes|hours|…" — one line per problem. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : '(top level)';
    return `${where}: ${issue.message}`;
  });
}
