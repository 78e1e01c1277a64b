/**
 * The policy's version path. A stored or imported policy names its `schemaVersion`; each
 * entry of MIGRATIONS turns version N into N+1, and the result is validated by the schema.
 * A policy from a newer Tierline, or one without a version, is refused with a reason: never
 * silently replaced by the defaults. Add a migration (and its fixture in
 * tests/fixtures/policy/) whenever POLICY_SCHEMA_VERSION is bumped.
 */
import { POLICY_SCHEMA_VERSION } from './schema';

type Json = Record<string, unknown>;

/** From version N (the key) to N+1. */
export const MIGRATIONS: Record<number, (policy: Json) => Json> = {
  // v2: each level says whether its minutes and hours run on calendar or business time.
  // v1 had no timers, so nothing counted either way yet: the top level (Sev 1, Critical)
  // runs round the clock, the others on business time, as domain.md and the defaults do.
  1: (policy) => ({
    ...policy,
    levels: Array.isArray(policy.levels)
      ? policy.levels.map((level: unknown) =>
          level !== null && typeof level === 'object' && !('clock' in level)
            ? { ...(level as Json), clock: (level as Json).level === 1 ? 'calendar' : 'business' }
            : level,
        )
      : policy.levels,
  }),
};

export type Migrated = { ok: true; value: Json; from: number } | { ok: false; error: string };

export function migratePolicy(input: unknown): Migrated {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return { ok: false, error: '(top level): a policy must be a JSON object' };
  const from = (input as Json).schemaVersion;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) return { ok: false, error: 'schemaVersion: missing or not a whole number (this policy file predates versions, or is not a Tierline policy)' };
  if (from > POLICY_SCHEMA_VERSION) return { ok: false, error: `schemaVersion: ${from} was written by a newer Tierline (this one reads up to ${POLICY_SCHEMA_VERSION}); update the extension` };
  let value = input as Json;
  for (let version = from; version < POLICY_SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, error: `schemaVersion: no migration from version ${version}` };
    value = { ...step(value), schemaVersion: version + 1 };
  }
  return { ok: true, value, from };
}
