/** Wait for an element to appear (observed, never polled), bounded by a timeout and an AbortSignal. */
export function waitForElement(root: ParentNode & Node, selectors: string[], signal: AbortSignal, timeoutMs = 8_000): Promise<Element | null> {
  const find = () => {
    for (const selector of selectors) {
      try {
        const element = root.querySelector(selector);
        if (element) return element;
      } catch {
        // an unparsable selector is a miss, reported by the adapter's health check
      }
    }
    return null;
  };
  const now = find();
  if (now || signal.aborted) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = (element: Element | null) => {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(element);
    };
    const onAbort = () => done(null);
    const observer = new MutationObserver(() => {
      const element = find();
      if (element) done(element);
    });
    observer.observe(root, { childList: true, subtree: true });
    const timer = setTimeout(() => done(null), timeoutMs);
    signal.addEventListener('abort', onAbort);
  });
}

/** Run `fn` once `ms` after the last call; cancelled by the signal. */
export function debounce(fn: () => void, ms: number, signal: AbortSignal): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(timer));
  return () => {
    clearTimeout(timer);
    if (!signal.aborted) timer = setTimeout(fn, ms);
  };
}

/**
 * Run `fn` at most once per `ms`, `ms` after the first call of a burst. Unlike debounce, a
 * page that never stops changing (live "3 minutes ago" timers) still gets its runs.
 */
export function throttle(fn: () => void, ms: number, signal: AbortSignal): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(timer));
  return () => {
    if (timer !== undefined || signal.aborted) return;
    timer = setTimeout(() => {
      timer = undefined;
      fn();
    }, ms);
  };
}
