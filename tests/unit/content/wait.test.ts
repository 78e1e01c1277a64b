// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { debounce, throttle, waitForElement } from '../../../src/content/wait';

afterEach(() => vi.useRealTimers());

describe('waitForElement', () => {
  it('resolves at once when the element is there, or when it appears', async () => {
    document.body.innerHTML = '<div class="ready"></div>';
    const signal = new AbortController().signal;
    expect(await waitForElement(document.body, ['.missing', '.ready'], signal)).toBe(document.querySelector('.ready'));
    document.body.innerHTML = '';
    const later = waitForElement(document.body, ['.thread'], signal, 2_000);
    setTimeout(() => document.body.append(Object.assign(document.createElement('ol'), { className: 'thread' })), 10);
    expect((await later)?.className).toBe('thread');
  });

  it('gives up with null on timeout or abort, and treats a bad selector as a miss', async () => {
    document.body.innerHTML = '';
    const signal = new AbortController().signal;
    expect(await waitForElement(document.body, ['::not a selector', '.never'], signal, 30)).toBeNull();
    const controller = new AbortController();
    const pending = waitForElement(document.body, ['.never'], controller.signal, 10_000);
    controller.abort();
    expect(await pending).toBeNull();
  });
});

describe('throttle and debounce', () => {
  it('throttle runs at most once per period and never starves under constant calls', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const run = throttle(fn, 1_000, new AbortController().signal);
    for (let t = 0; t < 3_500; t += 100) {
      run();
      vi.advanceTimersByTime(100);
    }
    expect(fn.mock.calls.length).toBe(3);
  });

  it('debounce waits for quiet, and an abort cancels both', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const controller = new AbortController();
    const later = debounce(fn, 300, controller.signal);
    later();
    vi.advanceTimersByTime(200);
    later();
    vi.advanceTimersByTime(200);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(fn).toHaveBeenCalledTimes(1);
    const throttled = throttle(fn, 300, controller.signal);
    throttled();
    later();
    controller.abort();
    vi.advanceTimersByTime(1_000);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
