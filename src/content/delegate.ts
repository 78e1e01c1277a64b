/**
 * Delegated, capture-phase listeners on the document for the helpdesk's own controls: one
 * real listener per event type, however many subscribers, each scoped by its signal (the
 * way refined-github guards a form with one `delegate(selector, 'submit', fn, { signal })`).
 * Capture phase runs before the helpdesk's own handlers, so a subscriber can stop an action
 * before the helpdesk sees it.
 */
export type DelegateHandler = (event: Event, matched: Element) => void;

export interface Delegates {
  on(selector: string, types: string[], handler: DelegateHandler, signal: AbortSignal): void;
}

export function createDelegates(doc: Document): Delegates {
  const byType = new Map<string, Set<{ selector: string; handler: DelegateHandler }>>();

  const dispatch = (event: Event) => {
    const entries = byType.get(event.type);
    if (!entries) return;
    // The path crosses shadow roots (a control inside a web component, our own sidebar), where
    // `event.target` would be retargeted to the host: match along it, innermost first.
    const path = event.composedPath().filter((node): node is Element => node instanceof Element);
    for (const entry of [...entries]) {
      const matched = path.find((element) => matchesSafely(element, entry.selector));
      if (matched) entry.handler(event, matched);
    }
  };

  return {
    on(selector, types, handler, signal) {
      if (signal.aborted) return;
      const entry = { selector, handler };
      for (const type of types) {
        let entries = byType.get(type);
        if (!entries) {
          entries = new Set();
          byType.set(type, entries);
          doc.addEventListener(type, dispatch, { capture: true });
        }
        entries.add(entry);
      }
      signal.addEventListener(
        'abort',
        () => {
          for (const type of types) {
            const entries = byType.get(type);
            entries?.delete(entry);
            if (entries && !entries.size) {
              byType.delete(type);
              doc.removeEventListener(type, dispatch, { capture: true });
            }
          }
        },
        { once: true },
      );
    },
  };
}

function matchesSafely(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false; // an unparsable selector matches nothing (the adapter's health check reports it)
  }
}
