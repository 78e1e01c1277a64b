/**
 * One observer of the page for every feature that reacts to the helpdesk's DOM (ticket
 * re-reading, list badges). Each subscriber gets its own throttle; the observer is connected
 * only while someone subscribes. Changes inside editable regions (the agent typing in the
 * helpdesk's editor) are not page changes: they wake no subscriber. A subscriber may name the
 * part of the page it follows (`within`, e.g. the adapter's thread): changes elsewhere (the
 * editor's draft status, live counters, menus) do not wake it.
 *
 * The callback runs on every batch of the page's changes, so it stays cheap: no layout or
 * style is read (`isContentEditable` would make the browser recompute styles), only
 * attributes and ancestry.
 */
import { throttle } from './wait';

export interface PageWatch {
  /**
   * Run `fn` at most once per `throttleMs` after the page changed, until `signal` aborts.
   * With `within`, only changes inside the element it returns count; while it returns null
   * (not rendered yet), any change does.
   */
  subscribe(fn: () => void, throttleMs: number, signal: AbortSignal, within?: () => Element | null): void;
}

interface Subscriber {
  notify: () => void;
  within: (() => Element | null) | undefined;
  root: Element | null;
}

export function createPageWatch(root: Node): PageWatch {
  const subscribers = new Set<Subscriber>();
  const observer = new MutationObserver((records) => {
    for (const sub of subscribers) {
      const before = sub.root;
      const scope = scopeOf(sub);
      // A part re-rendered (replaced, or rendered at last) is a change of it.
      if (scope !== before || records.some((record) => (!scope || scope.contains(record.target)) && outsideEditors(record))) sub.notify();
    }
  });
  return {
    subscribe(fn, throttleMs, signal, within) {
      if (signal.aborted) return;
      const sub: Subscriber = { notify: throttle(fn, throttleMs, signal), within, root: null };
      scopeOf(sub);
      if (!subscribers.size) observer.observe(root, { childList: true, subtree: true, characterData: true });
      subscribers.add(sub);
      signal.addEventListener(
        'abort',
        () => {
          subscribers.delete(sub);
          if (!subscribers.size) observer.disconnect();
        },
        { once: true },
      );
    },
  };
}

/** The subscriber's element, looked up again only when it left the page (re-rendered) or was not there yet. */
function scopeOf(sub: Subscriber): Element | null {
  if (!sub.within) return null;
  if (!sub.root?.isConnected) {
    try {
      sub.root = sub.within();
    } catch {
      sub.root = null; // a lookup that throws limits nothing: any change counts, as before
    }
  }
  return sub.root;
}

const EDITABLE = '[contenteditable]:not([contenteditable="false"]), textarea';

function outsideEditors(record: MutationRecord): boolean {
  const node = record.target;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!element) return true;
  return element.closest(EDITABLE) === null;
}
