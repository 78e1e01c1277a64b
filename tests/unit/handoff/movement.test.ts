import { describe, expect, it } from 'vitest';
import { currentRoute, defaultMovement } from '../../../src/handoff/movement';
import { defaultPolicy } from '../../../src/policy/defaults';

describe('escalation or transfer', () => {
  it('up a tier is an escalation', () => {
    expect(defaultMovement('support', 'l2')).toBe('escalation');
    expect(defaultMovement('support', 'engineering')).toBe('escalation');
    expect(defaultMovement('l2', 'engineering')).toBe('escalation');
    expect(defaultMovement('engineering', 'leadership')).toBe('escalation');
  });

  it('the same tier, another team, is a transfer', () => {
    expect(defaultMovement('engineering', 'product')).toBe('transfer');
    expect(defaultMovement('product', 'security')).toBe('transfer');
    expect(defaultMovement('l2', 'l2')).toBe('transfer');
    expect(defaultMovement('engineering', 'l2')).toBe('transfer'); // back down: not up a tier
  });

  it('an unknown route counts as an escalation', () => {
    expect(defaultMovement('support', 'billing')).toBe('escalation');
    expect(defaultMovement('billing', 'l2')).toBe('escalation');
  });

  it("reads where the ticket sits from its group, by the policy's names", () => {
    expect(currentRoute(defaultPolicy, 'Tier 2')).toBe('l2');
    expect(currentRoute(defaultPolicy, 'Engineering')).toBe('engineering');
    expect(currentRoute(defaultPolicy, 'Tier 1')).toBe('support');
    expect(currentRoute(defaultPolicy, 'Acme Analytics Support')).toBe('support');
    expect(currentRoute(defaultPolicy, undefined)).toBe('support');
  });
});
