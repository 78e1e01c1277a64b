/**
 * The injectable clock of test builds: `now` is the real time plus an offset the end-to-end
 * tests set in storage (TEST_CLOCK_KEY), read by the background and the extension pages.
 * Production builds never read it: every use sits behind `if (TEST_BUILD)`, and the key
 * carries TEST_ONLY_MARKER, which `npm run size` proves absent from them.
 */
import { browser } from 'wxt/browser';
import { TEST_BUILD } from '../build-mode';

export const TEST_CLOCK_KEY = 'tierline:test-only:clock-offset';

export interface Clock {
  now(): number;
  /** Resolves once the stored offset is known (immediately in production builds). */
  ready: Promise<void>;
  /** Called with the new offset when a test changes it. */
  onChange(listener: () => void): void;
}

export function createClock(): Clock {
  if (!TEST_BUILD) return { now: () => Date.now(), ready: Promise.resolve(), onChange: () => undefined };
  let offset = 0;
  const listeners: (() => void)[] = [];
  const read = (value: unknown) => (offset = typeof value === 'number' && Number.isFinite(value) ? value : 0);
  const ready = browser.storage.local.get(TEST_CLOCK_KEY).then((got) => void read(got[TEST_CLOCK_KEY]));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(TEST_CLOCK_KEY in changes)) return;
    read(changes[TEST_CLOCK_KEY]?.newValue);
    for (const listener of listeners) listener();
  });
  return { now: () => Date.now() + offset, ready, onChange: (listener) => void listeners.push(listener) };
}
