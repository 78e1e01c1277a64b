import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../src/policy/defaults';
import { parsePolicy, parsePolicyJson } from '../../../src/policy/parse';

const clone = () => structuredClone(defaultPolicy) as unknown as Record<string, any>;

describe('policy schema', () => {
  it('accepts the defaults from domain.md', () => {
    const result = parsePolicy(defaultPolicy);
    expect(result).toMatchObject({ ok: true });
  });

  it('carries the numbers of domain.md: Critical first response 15 minutes, check-ins every 2 hours', () => {
    const critical = defaultPolicy.levels.find((l) => l.level === 1)!;
    expect(critical.name).toBe('Critical');
    expect(critical.firstResponse).toEqual({ amount: 15, unit: 'minutes' });
    expect(critical.checkIn).toEqual({ amount: 2, unit: 'hours' });
    expect(defaultPolicy.recurring).toEqual({ count: 3, windowMinutes: 120 });
    expect(defaultPolicy.destinations.find((d) => d.id === 'security')?.skipsTiers).toBe(true);
  });

  it('rejects a malformed policy with readable, located messages', () => {
    const bad = clone();
    bad.levels[0].firstResponse.unit = 'fortnights';
    bad.businessHours.timeZone = 'Mars/Olympus_Mons';
    bad.businessHours.week.mon = [{ start: '9am', end: '17:00' }];
    const result = parsePolicy(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.some((e) => e.startsWith('levels.0.firstResponse.unit:'))).toBe(true);
    expect(result.errors).toContain('businessHours.timeZone: unknown time zone');
    expect(result.errors).toContain('businessHours.week.mon.0.start: use HH:MM, 24-hour');
  });

  it('requires the levels to match the scale', () => {
    const three = clone();
    three.scale = 3;
    const result = parsePolicy(three);
    expect(result).toEqual({ ok: false, errors: ['levels: a 3-level scale needs levels 1, 2, 3 exactly once each'] });
    three.levels = three.levels.slice(0, 3);
    expect(parsePolicy(three).ok).toBe(true);
  });

  it('rejects duplicate destinations and unknown destination ids', () => {
    const dup = clone();
    dup.destinations.push(dup.destinations[0]);
    expect(parsePolicy(dup)).toMatchObject({ ok: false, errors: ['destinations: each destination may appear once'] });
    const unknown = clone();
    unknown.destinations[0].id = 'marketing';
    const result = parsePolicy(unknown);
    expect(result.ok).toBe(false);
  });

  it('explains a file that is not JSON at all, without throwing', () => {
    const result = parsePolicyJson('{"name": "oops",');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^not valid JSON: /);
  });

  it('names a missing section', () => {
    const partial = clone();
    delete partial.businessHours;
    const result = parsePolicy(partial);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(/^businessHours: /m);
  });
});

describe('policy import: keys the schema does not know', () => {
  it('imports the policy and names every ignored key with its path', () => {
    const policy = clone();
    policy.colour = 'teal';
    policy.levels[0].escalateTo = 'ceo';
    policy.triage.rules[1].weight = 3;
    policy.businessHours.zone = 'UTC';
    const result = parsePolicyJson(JSON.stringify(policy));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // In the file's order.
    expect(result.warnings).toEqual([
      'ignored unknown key "levels.0.escalateTo"',
      'ignored unknown key "businessHours.zone"',
      'ignored unknown key "triage.rules.1.weight"',
      'ignored unknown key "colour"',
    ]);
    expect(result.value).not.toHaveProperty('colour');
  });
  it('a policy with only known keys has no warnings', () => {
    const result = parsePolicyJson(JSON.stringify(defaultPolicy));
    expect(result).toMatchObject({ ok: true, warnings: [] });
  });
});
