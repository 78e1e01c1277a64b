import { describe, expect, it } from 'vitest';
import { summarizeHealth } from '../../../src/ticket/health';

const row = (name: string, found: boolean, required = false) => ({ name, selector: `.${name}`, found, required });

describe('one reading of the selector check', () => {
  it('an optional selector that is not on the page is not a failure; a needed one is', () => {
    expect(summarizeHealth([row('thread', true, true), row('subject', true, true)]).text).toBe('All 2 found');
    expect(summarizeHealth([row('thread', true, true), row('tags', false)])).toMatchObject({ found: 1, missing: 0, absent: 1, text: '1 of 2 found; 1 optional not on this page' });
    expect(summarizeHealth([row('thread', false, true), row('tags', false), row('subject', true, true)])).toMatchObject({ missing: 1, text: '1 needed not found (1 of 3 found)' });
  });
});
