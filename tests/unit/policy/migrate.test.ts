/**
 * The policy's version path: a policy file from every past version (tests/fixtures/policy/vN.json,
 * as that version exported it) migrates to the current one and validates; what cannot be read
 * is refused with a reason, never replaced by the defaults in silence.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePolicy } from '../../../src/background/policy-service';
import { defaultPolicy } from '../../../src/policy/defaults';
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

  it('v1 → v3: keeps the team\'s fields, adds a why line to each, the named owner, the route\'s ask and the guard from its own names', () => {
    const v1 = JSON.parse(readFileSync(fixture(1), 'utf8'));
    v1.destinations.find((d: { id: string }) => d.id === 'engineering').name = 'Platform squad';
    v1.commonChecklist.push({ id: 'po_number', label: 'Purchase order number', help: 'From the invoice header.\nAsk finance.', kind: 'text', required: true });
    const parsed = parsePolicyJson(JSON.stringify(v1));
    expect(parsed.ok, parsed.ok ? '' : parsed.errors.join('\n')).toBe(true);
    if (!parsed.ok) return;
    const policy = parsed.value;
    const common = policy.commonChecklist.map((f) => f.id);
    expect(common.indexOf('owner')).toBe(common.indexOf('deadline') - 1);
    expect(policy.commonChecklist.find((f) => f.id === 'po_number')).toMatchObject({ required: true, why: 'From the invoice header.' });
    const eng = policy.destinations.find((d) => d.id === 'engineering')!;
    expect(eng.ask).toBe('fix');
    expect(eng.checklist.map((f) => f.id)).toEqual(['repro_steps', 'environment', 'error_output', 'promised_timeline']); // the team's v1 fields as they were
    expect(eng.checklist.every((f) => f.why.length > 20)).toBe(true);
    expect(policy.commonChecklist.find((f) => f.id === 'checks_done')?.tierOnly).toBe(true);
    expect(policy.handoff.deadlineFrom).toBe('acknowledgment');
    expect(policy.handoff.guard.routes.find((r) => r.destination === 'engineering')!.names).toEqual(expect.arrayContaining(['Platform squad', 'Engineering']));
    expect(policy.handoff.guard.priorities).toContain('Urgent');
    expect(policy.handoff.customerMessages).toEqual(defaultPolicy.handoff.customerMessages);
  });

  it('v3 → v4: adds the default decision table (impact facts → level and destination); the team\'s other sections stay as they were', () => {
    const v3 = JSON.parse(readFileSync(fixture(3), 'utf8'));
    expect(v3.decisionTable).toBeUndefined();
    v3.name = 'Team policy';
    v3.triage.rules[0].enabled = false;
    const parsed = parsePolicyJson(JSON.stringify(v3));
    expect(parsed.ok, parsed.ok ? '' : parsed.errors.join('\n')).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.decisionTable).toEqual(defaultPolicy.decisionTable);
    expect(parsed.value.name).toBe('Team policy');
    expect(parsed.value.triage.rules[0]!.enabled).toBe(false);
    expect(parsed.warnings).toEqual([]);
    // A 3-level team gets the same table: its Medium and Low rows read as Low.
    const three = MIGRATIONS[3]!({ ...v3, scale: 3 });
    expect(three.decisionTable).toEqual(defaultPolicy.decisionTable);
    // The migration copies the defaults: editing the migrated table never edits the defaults.
    (three.decisionTable as { rows: { level: number }[] }).rows[0]!.level = 4;
    expect(defaultPolicy.decisionTable.rows[0]!.level).toBe(1);
  });

  it('v3 → v4 for a team without some destinations: the table\'s rows for them fall back to support, and the team\'s policy stays in force', () => {
    const v3 = JSON.parse(readFileSync(fixture(3), 'utf8'));
    v3.name = 'Small team';
    v3.destinations = v3.destinations.filter((d: { id: string }) => d.id !== 'product');
    const parsed = parsePolicyJson(JSON.stringify(v3));
    expect(parsed.ok, parsed.ok ? '' : parsed.errors.join('\n')).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.name).toBe('Small team');
    const rows = parsed.value.decisionTable.rows;
    expect(rows.some((r) => r.destination === 'product')).toBe(false);
    const before = defaultPolicy.decisionTable.rows.map((r, i) => [r.destination, rows[i]!.destination]);
    expect(before.filter(([was]) => was === 'product').length).toBeGreaterThan(0);
    expect(before.every(([was, now]) => (was === 'product' ? now === 'support' : now === was))).toBe(true);
  });

  it('the current defaults are what the newest fixture holds', () => {
    expect(JSON.parse(readFileSync(fixture(POLICY_SCHEMA_VERSION), 'utf8'))).toEqual(JSON.parse(JSON.stringify(defaultPolicy)));
  });
});
