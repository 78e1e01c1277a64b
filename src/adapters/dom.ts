/**
 * DOM reading helpers shared by adapters: selector fallbacks with health recording, and
 * text extraction that keeps paragraph breaks without ever parsing ticket text as HTML.
 */
import { LIMITS } from '../ticket/limits';
import type { SelectorHealth } from '../ticket/snapshot';
import type { SelectorSpec, SelectorTable } from './types';

export interface Reader {
  /** First element for the named spec (first matching fallback); records health. */
  one(name: string, root?: ParentNode): Element | null;
  /** All elements for the named spec (first fallback that matches anything); records health. */
  all(name: string, root?: ParentNode): Element[];
  /** Trimmed text of `one(name)`, or undefined. */
  text(name: string, root?: ParentNode): string | undefined;
  health(): SelectorHealth[];
  problems(): string[];
}

export function createReader(scope: ParentNode, table: SelectorTable): Reader {
  const seen = new Map<string, SelectorHealth>();

  const spec = (name: string): SelectorSpec => {
    const found = table[name];
    if (!found) throw new Error(`selector "${name}" is not in the adapter's table`);
    return found;
  };
  const record = (name: string, selector: string | null) => {
    const s = spec(name);
    const prior = seen.get(name);
    if (prior?.found) return; // found once is found: per-message lookups may miss on some items
    seen.set(name, { name, selector: selector ?? s.selectors.join(' || '), found: selector !== null, required: s.required ?? false });
  };

  const reader: Reader = {
    one(name, root = scope) {
      for (const selector of spec(name).selectors) {
        const element = safeQuery(root, selector);
        if (element) {
          record(name, selector);
          return element;
        }
      }
      record(name, null);
      return null;
    },
    all(name, root = scope) {
      for (const selector of spec(name).selectors) {
        const elements = safeQueryAll(root, selector);
        if (elements.length) {
          record(name, selector);
          return elements;
        }
      }
      record(name, null);
      return [];
    },
    text(name, root) {
      const element = reader.one(name, root);
      if (!element) return undefined;
      const value = element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? element.value : readableText(element);
      return value.trim() || undefined;
    },
    health() {
      // Every ticket-page spec in the table appears, even ones this read never asked for.
      return Object.keys(table).filter((name) => (spec(name).page ?? 'ticket') === 'ticket').map(
        (name) => seen.get(name) ?? { name, selector: spec(name).selectors.join(' || '), found: false, required: spec(name).required ?? false },
      );
    },
    problems() {
      return [...seen.values()]
        .filter((h) => !h.found && h.required)
        .map((h) => `could not find ${spec(h.name).what} on this page`);
    },
  };
  return reader;
}

/** The first element any of a spec's selectors finds (no health recorded): for cheap lookups such as `threadRoot`. */
export function firstMatch(root: ParentNode, spec: SelectorSpec | undefined): Element | null {
  for (const selector of spec?.selectors ?? []) {
    const element = safeQuery(root, selector);
    if (element) return element;
  }
  return null;
}

/** Check every selector of a table against a page: the "diagnose this page" list. */
export function checkSelectors(scope: ParentNode, table: SelectorTable, kinds: NonNullable<SelectorSpec['page']>[] = ['ticket']): SelectorHealth[] {
  return Object.entries(table).filter(([, s]) => kinds.includes(s.page ?? 'ticket')).map(([name, s]) => {
    const hit = s.selectors.find((selector) => safeQuery(scope, selector));
    return { name, selector: hit ?? s.selectors.join(' || '), found: hit !== undefined, required: s.required ?? false };
  });
}

function safeQuery(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null; // a selector the browser cannot parse is a not-found, never a crash
  }
}

function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    return [];
  }
}

const BLOCK = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|DD|DIV|DL|DT|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TR|UL)$/;
const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|BUTTON|SELECT|IFRAME|OBJECT)$/;

/**
 * Visible-ish text of an element with line breaks at block boundaries.
 * Works the same in the browser and in happy-dom (no layout needed); reads text nodes only.
 * With `max`, the walk stops once the text has `max` characters (a 1 MB message costs what
 * its kept part costs): checked at doubling raw sizes, and no text node gives more than
 * 8 × `max` raw characters, so only text with runs of whitespace beyond that ratio could
 * come out shorter than `max` while more followed.
 */
export function readableText(element: Element, skip?: (el: Element) => boolean, max = Infinity): string {
  const parts: string[] = [];
  const hardCap = max * 8;
  let raw = 0;
  let checkAt = max;
  let done = false;
  const push = (text: string) => {
    const piece = text.length > hardCap - raw ? text.slice(0, Math.max(0, hardCap - raw)) : text;
    parts.push(piece);
    raw += piece.length;
    if (raw < checkAt) return;
    checkAt *= 2;
    if (raw >= hardCap || normalizeText(parts.join('')).length >= max) done = true;
  };
  const walk = (node: Node) => {
    if (done) return;
    if (node.nodeType === 3) {
      push(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP.test(el.tagName.toUpperCase()) || el.hasAttribute('hidden') || skip?.(el)) return;
    const block = BLOCK.test(el.tagName.toUpperCase());
    if (block) parts.push('\n');
    for (let child = el.firstChild; child && !done; child = child.nextSibling) walk(child);
    if (block) parts.push('\n');
  };
  walk(element);
  const text = normalizeText(parts.join(''));
  return text.length > max ? text.slice(0, max) : text;
}

/**
 * Read only the messages a snapshot keeps (LIMITS: the first message and the newest ones, as
 * many as fit in the total size), so a 2,000-message thread costs the per-message queries of
 * the kept ones, never all. `items` are the thread's elements in page order; `newestFirst`
 * when the page lists the newest on top. `read` gives null for items that are not messages
 * (status lines); empty texts do not count. The result is oldest first; `cut` says that
 * items were left unread (the snapshot is then marked truncated).
 */
export function readKept<T extends { text: string }>(items: readonly Element[], read: (item: Element) => T | null, newestFirst: boolean): { messages: T[]; cut: boolean } {
  const n = items.length;
  const item = (i: number) => items[newestFirst ? n - 1 - i : i]!; // i counts from the oldest
  const usable = (i: number) => {
    const message = read(item(i));
    return message && message.text.trim() !== '' ? message : null;
  };
  let first: T | null = null;
  let f = 0;
  for (; f < n; f++) if ((first = usable(f))) break;
  if (!first) return { messages: [], cut: false };
  const size = (m: T) => Math.min(m.text.length, LIMITS.messageChars);
  let room = LIMITS.totalChars - size(first);
  const newest: T[] = [];
  let i = n - 1;
  for (; i > f && newest.length < LIMITS.messages - 1; i--) {
    const message = usable(i);
    if (!message) continue;
    if (size(message) > room) break; // as buildSnapshot: the newest that fit, up to the first that does not
    room -= size(message);
    newest.push(message);
  }
  return { messages: [first, ...newest.reverse()], cut: i > f };
}

/**
 * Whether a thread lists the newest first, from the times of its two ends (`timeOf` gives an
 * ISO time or undefined); false when either is unknown (page order is then taken as oldest first).
 */
export function newestFirstByTime(items: readonly Element[], timeOf: (item: Element) => string | undefined): boolean {
  if (items.length < 2) return false;
  const first = timeOf(items[0]!);
  const last = timeOf(items[items.length - 1]!);
  return first !== undefined && last !== undefined && Date.parse(first) > Date.parse(last);
}

/** Collapse runs of spaces, keep at most one blank line, trim. */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Parse a date the page shows into ISO, or undefined when it is not a date. */
export function isoDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/**
 * The ticket number in what a page shows: "Ticket #639656", "#4821", "<i>#</i>5" or a bare "5".
 * Helpdesks may format numbers with letters and dashes (osTicket's "ABC-123"); one token only,
 * so a heading that is not a number gives undefined rather than a wrong number.
 */
export function shownNumber(text: string | null | undefined): string | undefined {
  const value = (text ?? '').replace(/\s+/g, ' ').trim();
  const match = /#\s?([A-Za-z0-9][A-Za-z0-9_-]*)/.exec(value) ?? /^([A-Za-z]*-?\d[A-Za-z0-9_-]*)$/.exec(value);
  return match?.[1]?.slice(0, 40);
}

/**
 * Shown per the element's own markers, with no layout needed: an inline `display` wins
 * (helpdesks toggle forms that way and keep stale `hidden` classes), then the `hidden`
 * class or attribute, then the computed style where there is one.
 */
export function isShown(element: Element): boolean {
  if (!(element instanceof HTMLElement)) return true;
  const inline = element.style.display;
  if (inline === 'none') return false;
  if (inline) return true;
  if (element.hidden || element.classList.contains('hidden')) return false;
  return element.ownerDocument.defaultView?.getComputedStyle(element).display !== 'none';
}

/** Poll until `probe` returns something truthy (the page's own script reacting to a click), or give up (null) on timeout or abort. */
export async function waitFor<T>(probe: () => T | null | undefined | false, timeoutMs = 1_500, everyMs = 50, signal?: AbortSignal): Promise<T | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() >= deadline || signal?.aborted) return null;
    await sleep(everyMs, signal);
  }
}

/** A pause that ends early, and removes its own listener, when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
