/**
 * One observer of the page for every feature that reacts to the helpdesk's DOM (ticket
 * re-reading, list badges). Each subscriber gets its own throttle; the observer is connected
 * only while someone subscribes. Changes inside editable regions (the agent typing in the
 * helpdesk's editor) are not page changes: they wake no subscriber.
 */
import { throttle } from './wait';

export interface PageWatch {
  /** Run `fn` at most once per `throttleMs` after the page changed, until `signal` aborts. */
  subscribe(fn: () => void, throttleMs: number, signal: AbortSignal): void;
}

export function createPageWatch(root: Node): PageWatch {
  const subscribers = new Set<() => void>();
  const observer = new MutationObserver((records) => {
    if (!records.some(outsideEditors)) return;
    for (const notify of subscribers) notify();
  });
  return {
    subscribe(fn, throttleMs, signal) {
      if (signal.aborted) return;
      const notify = throttle(fn, throttleMs, signal);
      if (!subscribers.size) observer.observe(root, { childList: true, subtree: true, characterData: true });
      subscribers.add(notify);
      signal.addEventListener(
        'abort',
        () => {
          subscribers.delete(notify);
          if (!subscribers.size) observer.disconnect();
        },
        { once: true },
      );
    },
  };
}

function outsideEditors(record: MutationRecord): boolean {
  const node = record.target;
  const element = node.nodeType === 1 ? (node as HTMLElement) : node.parentElement;
  if (!element) return true;
  return !(element.isContentEditable || element.closest('textarea'));
}
