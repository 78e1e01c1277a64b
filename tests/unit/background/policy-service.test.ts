import { describe, expect, it } from 'vitest';
import { createPolicyService } from '../../../src/background/policy-service';
import { defaultPolicy } from '../../../src/policy/defaults';

describe('the policy service', () => {
  it('parses the stored policy once, serves the same object until storage changes, then reads again', async () => {
    let reads = 0;
    let stored: unknown = { ...structuredClone(defaultPolicy), name: 'Northwind' };
    const service = createPolicyService(async () => {
      reads++;
      return stored;
    });
    const first = await service.get();
    const second = await service.get();
    expect(first.policy.name).toBe('Northwind');
    expect(second.policy).toBe(first.policy); // the triage engine compiles per object: same object, no recompile
    expect(reads).toBe(1);

    stored = { ...structuredClone(defaultPolicy), name: 'Northwind v2' };
    service.invalidate();
    expect((await service.get()).policy.name).toBe('Northwind v2');
    expect(reads).toBe(2);
  });

  it('retries a failed read instead of caching the failure', async () => {
    let fail = true;
    const service = createPolicyService(async () => {
      if (fail) throw new Error('storage busy');
      return undefined;
    });
    await expect(service.get()).rejects.toThrow('storage busy');
    fail = false;
    expect((await service.get()).source).toBe('default');
  });
});
