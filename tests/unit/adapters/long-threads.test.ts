// @vitest-environment happy-dom
/**
 * Long threads (defect 13): a read queries only the messages the snapshot keeps (the first and
 * the newest, LIMITS), keeps them oldest first whatever order the page shows, and says the
 * snapshot was cut; a huge message is read only as far as it is kept.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readableText, readKept } from '../../../src/adapters/dom';
import { freescout } from '../../../src/adapters/freescout';
import { osticket } from '../../../src/adapters/osticket';
import { LIMITS } from '../../../src/ticket/limits';

const captures = join(dirname(fileURLToPath(import.meta.url)), '../../../../shared/helpdesks/captures');

/**
 * A capture whose thread holds `count` entries instead of its own: `item(n)` gives entry n's
 * markup (n = 1 the oldest; the adapter's selectors, little else: happy-dom parses slowly).
 */
function grown(file: string, url: string, itemSel: string, count: number, newestFirst: boolean, item: (n: number) => string): { doc: Document; url: URL } {
  const doc = new DOMParser().parseFromString(readFileSync(join(captures, file), 'utf8'), 'text/html');
  const existing = [...doc.querySelectorAll(itemSel)];
  const parent = existing[0]!.parentElement!;
  for (const old of existing) old.remove();
  const numbers = Array.from({ length: count }, (_, i) => i + 1);
  parent.insertAdjacentHTML('beforeend', (newestFirst ? numbers.reverse() : numbers).map(item).join(''));
  return { doc, url: new URL(url) };
}

const freescoutItem = (n: number) =>
  `<div class="thread thread-type-${n % 2 ? 'customer' : 'message'}" id="thread-${n}" data-thread_id="${n}"><div class="thread-person"><strong><a href="/${n % 2 ? 'customers/1/edit' : 'users/profile/2'}">Person ${n}</a></strong></div>` +
  `<div class="thread-info"><a class="thread-date" data-original-title="Nov 20, 2026 05:36">x</a></div><div class="thread-body"><div class="thread-content"><p>message ${n}</p></div></div></div>`;
const osticketItem = (n: number) =>
  `<div class="thread-entry ${n % 2 ? 'message' : 'response'} avatar"><div class="header"><b>Person ${n}</b><time datetime="2026-11-20T05:36:00Z">x</time></div><div class="thread-body"><div>message ${n}</div></div></div>`;

/** Which thread items had a query run inside them (their own querySelector/querySelectorAll). */
function queriedItems(itemSel: string, run: () => void): Set<Element> {
  const touched = new Set<Element>();
  const proto = Element.prototype;
  for (const name of ['querySelector', 'querySelectorAll'] as const) {
    const original = proto[name];
    vi.spyOn(proto, name).mockImplementation(function (this: Element, selector: string) {
      if (this.matches?.(itemSel)) touched.add(this);
      return (original as (s: string) => unknown).call(this, selector);
    } as never);
  }
  run();
  vi.restoreAllMocks();
  return touched;
}

afterEach(() => vi.restoreAllMocks());

describe('a 2,000-message thread', () => {
  it('FreeScout (newest first): only the kept messages are queried, oldest first, the cut is said', () => {
    const { doc, url } = grown('freescout-ticket-thread.html', 'http://127.0.0.1:8081/conversation/1?folder_id=7', '#conv-layout-main .thread', 2_000, true, freescoutItem);
    let read!: ReturnType<typeof freescout.read>;
    const touched = queriedItems('.thread', () => (read = freescout.read(doc, url)));
    expect(touched.size).toBe(LIMITS.messages);
    const texts = read.snapshot.messages.map((m) => m.text);
    expect(texts).toHaveLength(LIMITS.messages);
    expect(texts[0]).toBe('message 1');
    expect(texts[1]).toBe(`message ${2_000 - LIMITS.messages + 2}`);
    expect(texts.at(-1)).toBe('message 2000');
    expect(read.snapshot.truncated).toBe(true);
    expect(read.problems).toEqual([]);
  }, 20_000);

  it('osTicket (oldest first): the same', () => {
    const { doc, url } = grown('osticket-ticket-thread.html', 'http://127.0.0.1:8082/scp/tickets.php?id=1', '#thread-items .thread-entry', 2_000, false, osticketItem);
    let read!: ReturnType<typeof osticket.read>;
    const touched = queriedItems('.thread-entry', () => (read = osticket.read(doc, url)));
    expect(touched.size).toBe(LIMITS.messages);
    const texts = read.snapshot.messages.map((m) => m.text);
    expect(texts).toHaveLength(LIMITS.messages);
    expect(texts[0]).toContain('message 1');
    expect(texts.at(-1)).toContain('message 2000');
    expect(read.snapshot.truncated).toBe(true);
  }, 20_000);
});

describe('readKept', () => {
  const items = (n: number) => Array.from({ length: n }, (_, i) => Object.assign(document.createElement('div'), { id: `m${i}` }));
  it('skips items that are not messages at either end and never reads past what fits', () => {
    const list = items(15);
    const read = vi.fn((item: Element) => (item.id === 'm0' || item.id === 'm14' ? null : { text: 'x'.repeat(LIMITS.messageChars), id: item.id }));
    const { messages, cut } = readKept(list, read, false);
    // 10 messages of 20,000 fill the 200,000 total: m4 no longer fits and the read stops there.
    expect(messages.map((m) => m.id)).toEqual(['m1', 'm5', 'm6', 'm7', 'm8', 'm9', 'm10', 'm11', 'm12', 'm13']);
    expect(cut).toBe(true);
    expect(read).toHaveBeenCalledTimes(13); // m0, m1, then m14 … m4
  });
  it('a short thread is read whole, in order, uncut', () => {
    const { messages, cut } = readKept(items(5), (item) => ({ text: item.id }), true);
    expect(messages.map((m) => m.text)).toEqual(['m4', 'm3', 'm2', 'm1', 'm0']);
    expect(cut).toBe(false);
  });
});

describe('a 1 MB message', () => {
  it('is walked only as far as it is kept', () => {
    const body = document.createElement('div');
    const paragraphs = Array.from({ length: 20_000 }, (_, i) => `<p>Paragraph ${i} of a very long message, about fifty chars.</p>`);
    body.innerHTML = paragraphs.join('');
    const visited = vi.spyOn(Node.prototype, 'nodeValue', 'get');
    const text = readableText(body, undefined, LIMITS.messageChars);
    expect(text).toHaveLength(LIMITS.messageChars);
    expect(text.startsWith('Paragraph 0 of a very long message')).toBe(true);
    expect(visited.mock.calls.length).toBeLessThan(2_000); // of 20,000 text nodes
    expect(readableText(body).startsWith(text)).toBe(true); // the same text as a full read, cut
  });
});
