/**
 * The feature meta-test: every feature file is registered once, its id is its file name,
 * and every registered feature has its own unit test (tests/unit/content/features/<id>.test.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { features, listFeatures, ticketFeatures } from '../../../../src/content/features';

const FEATURE_DIR = join(import.meta.dirname, '../../../../src/content/features');

describe('feature registry', () => {
  it('registers every feature file, once, under its file name', () => {
    const files = readdirSync(FEATURE_DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));
    const ids = features.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(files.sort());
  });

  it('lists ticket features and list features apart, each with a title users understand', () => {
    for (const feature of ticketFeatures) expect(feature.on, feature.id).toBe('ticket');
    for (const feature of listFeatures) expect(feature.on, feature.id).toBe('list');
    for (const feature of features) expect(feature.title.length, feature.id).toBeGreaterThan(5);
  });

  for (const feature of features) {
    it(`${feature.id} has its own unit test`, () => {
      expect(existsSync(join(import.meta.dirname, `${feature.id}.test.ts`))).toBe(true);
    });
  }
});
