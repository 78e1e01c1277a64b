/**
 * The policy's version path: a policy file from every past version (tests/fixtures/policy/vN.json,
 * as that version exported it) migrates to the current one and validates; what cannot be read
 * is refused with a reason, never replaced by the defaults in silence.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePolicy } from '../../../src/background/policy-service';
import { MIGRATIONS, migratePolicy } from '../../../src/policy/migrate';
import { parsePolicyJson } from '../../../src/policy/parse';
import { POLICY_SCHEMA_VERSION } from '../../../src/policy/schema';

const fixture = (version: number) => join(import.meta.dirname, `../../fixtures/policy/v${version}.json`);

describe('policy migrations', () => {
  const versions = Array.from({ length: POLICY_SCHEMA_VERSION }, (_, i) => i + 1);

  it('has a fixture for every version and a migration out of every older one', () => {
    for (const version of versions) expect(existsSync(fixture(version)), `tests/fixtures/policy/v${version}.json`).toBe(true);
    for (const version of versions.slice(0, -1)) expect(MIGRATIONS[version], `migration from v${version}`).toBeTypeOf('function');
  });

  for (const version of versions) {
    it(`reads a v${version} policy file as v${POLICY_SCHEMA_VERSION}, as the team's policy`, () => {
      const text = readFileSync(fixture(version), 'utf8');
      const parsed = parsePolicyJson(text);
      expect(parsed.ok, parsed.ok ? '' : parsed.errors.join('\n')).toBe(true);
      if (parsed.ok) expect(parsed.value.schemaVersion).toBe(POLICY_SCHEMA_VERSION);
      expect(decodePolicy(JSON.parse(text)).source).toBe('team');
    });
  }

  it('refuses a policy from a newer Tierline, one without a version, and non-objects, saying why', () => {
    expect(migratePolicy({ schemaVersion: POLICY_SCHEMA_VERSION + 1 })).toEqual({ ok: false, error: expect.stringContaining('written by a newer Tierline') });
    expect(migratePolicy({ name: 'x' })).toEqual({ ok: false, error: expect.stringContaining('schemaVersion: missing') });
    expect(migratePolicy([1, 2])).toEqual({ ok: false, error: expect.stringContaining('must be a JSON object') });
    const stored = decodePolicy({ schemaVersion: POLICY_SCHEMA_VERSION + 1, name: 'From the future' });
    expect(stored.policy.name).toBe('Default escalation policy');
    expect(stored.source).toMatch(/^default \(the team policy is invalid: schemaVersion: \d+ was written by a newer Tierline/);
  });

  it('v1 → v2: the top level runs on calendar time, the others on business time; a clock already given is kept', () => {
    const parsed = parsePolicyJson(readFileSync(fixture(1), 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.levels.map((l) => [l.level, l.clock])).toEqual([[1, 'calendar'], [2, 'business'], [3, 'business'], [4, 'business']]);
    const step = MIGRATIONS[1]!;
    expect(step({ levels: [{ level: 2, clock: 'calendar' }] })).toEqual({ levels: [{ level: 2, clock: 'calendar' }] });
    expect(step({ scale: 5 })).toEqual({ scale: 5 });
  });
});
