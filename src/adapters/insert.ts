/**
 * Helpers shared by the adapters: putting a note into a helpdesk's editor, clicks as a user
 * makes them, message order, list rows.
 *
 * Note insertion, one chain for every editor. Rich editors (CKEditor 5, ProseMirror, Froala)
 * keep their own model: a DOM edit or `execCommand('insertText')` is ignored or undone, but a
 * paste goes through their clipboard pipeline; plain contenteditables (Summernote, Redactor)
 * take `insertHTML`. So, each step checked by reading the editor back:
 *   1. a synthetic `ClipboardEvent('paste')` carrying `text/html` and `text/plain`
 *      (pattern from Briskine's paste editor; works from an isolated content-script world
 *      in Chromium; Firefox may need it run in the page, per Briskine),
 *   2. `execCommand('insertHTML')`,
 *   3. paragraphs built from the plain TEXT (text nodes only) plus an `input` event.
 * An editor backed by a hidden source textarea (a plain form POST) gets the note there too.
 * `note.html` is escaped by the caller; `note.text` is never parsed as HTML.
 */
import { sleep, waitFor } from './dom';
import type { InsertResult, ListRow, NoteContent } from './types';

export interface InsertOptions {
  /** Words for the result: "note", "internal note editor". */
  where: string;
  /** The editor's hidden source textarea (Summernote, Redactor): updated so a plain form POST carries the note. */
  source?: HTMLTextAreaElement | null;
  /** The fallback's paragraph element (Summernote writes divs). */
  block?: 'p' | 'div';
  signal?: AbortSignal;
}

export async function insertIntoEditor(editor: HTMLElement, note: NoteContent, options: InsertOptions): Promise<InsertResult> {
  const { where, signal } = options;
  // The first line is enough to recognise the note, and survives paragraph joins.
  const probe = squash(note.text.split('\n').find((line) => line.trim()) ?? '').slice(0, 80);
  if (!probe) return { ok: false, reason: 'the note is empty' };
  const before = occurrences(editor, probe);
  const landed = async (ms: number) => (await waitFor(() => occurrences(editor, probe) > before, ms, 25, signal)) === true;
  // An empty editor shows a placeholder paragraph: replace it rather than write after it.
  const empty = (editor.textContent ?? '').trim() === '' && !editor.querySelector('img');

  placeCaret(editor, empty);
  // Let the editor pick up the new selection (it listens to selectionchange, which is async);
  // Briskine waits 100 ms on Zendesk for the same reason: else the caret jumps to the start.
  await sleep(100, signal);
  const taken = pasteInto(editor, note);
  // An editor that took the paste may apply it a moment later (Zendesk normalises after paste):
  // wait longer then, so a slow editor does not get the note twice.
  let ok = await landed(taken ? 800 : 60);
  if (!ok) ok = execInsertHtml(editor, note.html, empty) && (await landed(60));
  let built = false;
  if (!ok) {
    appendParagraphs(editor, note.text, options.block ?? 'p', empty);
    built = true;
    ok = await landed(60);
  }
  if (!ok) return { ok: false, reason: `the ${where} did not accept the text; copy the note and paste it instead` };
  if (options.source) syncSource(editor, options.source, note.html);
  else if (built) {
    // Paragraphs we built are a DOM edit the editor did not see: tell it.
    const Input = typeof InputEvent === 'function' ? InputEvent : Event;
    editor.dispatchEvent(new Input('input', { bubbles: true, inputType: 'insertFromPaste' } as InputEventInit));
  }
  return { ok: true, where };
}

/** Dispatch a paste; true when the editor handled it (called preventDefault). */
function pasteInto(editor: HTMLElement, note: NoteContent): boolean {
  if (typeof DataTransfer !== 'function' || typeof ClipboardEvent !== 'function') return false;
  try {
    const data = new DataTransfer();
    data.setData('text/html', note.html);
    data.setData('text/plain', note.text);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    // Some engines drop clipboardData from the init dictionary.
    if (!event.clipboardData) Object.defineProperty(event, 'clipboardData', { value: data });
    return !editor.dispatchEvent(event);
  } catch {
    return false;
  }
}

function execInsertHtml(editor: HTMLElement, html: string, replace: boolean): boolean {
  const doc = editor.ownerDocument;
  if (typeof doc.execCommand !== 'function') return false; // absent outside browsers
  try {
    placeCaret(editor, replace);
    return doc.execCommand('insertHTML', false, html);
  } catch {
    return false;
  }
}

/** Last resort: one block per line, from text (the caller tells the editor it changed). */
function appendParagraphs(editor: HTMLElement, text: string, tag: 'p' | 'div', replace: boolean): void {
  const doc = editor.ownerDocument;
  if (replace) editor.replaceChildren();
  for (const line of text.split('\n')) {
    const block = doc.createElement(tag);
    if (line.trim()) block.textContent = line;
    else block.append(doc.createElement('br'));
    editor.append(block);
  }
  placeCaret(editor, false);
}

/** Summernote and Redactor mirror their editor into a textarea on their own events; keep it true for a plain POST. */
function syncSource(editor: HTMLElement, source: HTMLTextAreaElement, html: string): void {
  for (const type of ['input', 'keyup', 'change']) editor.dispatchEvent(new Event(type, { bubbles: true }));
  source.value = source.value.trim() ? `${source.value}\n${html}` : html;
  for (const type of ['input', 'change']) source.dispatchEvent(new Event(type, { bubbles: true }));
}

/** Caret at the end, or (replace) the whole content selected. */
function placeCaret(editor: HTMLElement, replace: boolean): void {
  try {
    editor.focus();
    const doc = editor.ownerDocument;
    const range = doc.createRange();
    range.selectNodeContents(editor);
    if (!replace) range.collapse(false);
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  } catch {
    // no selection support (tests, odd editors): the paste still carries the text
  }
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function occurrences(editor: Element, probe: string): number {
  return squash(editor.textContent ?? '').split(probe).length - 1;
}

/** A click as a user makes it: some menus open on pointer/mouse down, others on click. */
export function press(element: Element): void {
  const Pointer = typeof PointerEvent === 'function' ? PointerEvent : MouseEvent;
  const init = { bubbles: true, cancelable: true };
  element.dispatchEvent(new Pointer('pointerdown', init));
  element.dispatchEvent(new MouseEvent('mousedown', init));
  element.dispatchEvent(new Pointer('pointerup', init));
  element.dispatchEvent(new MouseEvent('mouseup', init));
  (element as HTMLElement).click?.();
}

/**
 * Messages oldest first. Helpdesks differ (Help Scout shows newest first by default, agents
 * can flip it), so when every message carries a time, sort by it (stable); else keep page order.
 */
export function oldestFirst<T extends { at?: string | undefined }>(messages: T[]): T[] {
  if (!messages.every((m) => m.at)) return messages;
  return messages
    .map((m, i) => ({ m, i }))
    .sort((a, b) => Date.parse(a.m.at!) - Date.parse(b.m.at!) || a.i - b.i)
    .map(({ m }) => m);
}

/**
 * List rows found through their links: each `a[href]` whose href matches `pattern`
 * (group 1 = ticket id) gives its closest row. Links inside `skip` (tab bars) are ignored.
 */
export function rowsByLink(
  root: ParentNode,
  pattern: RegExp,
  rowSelector = 'tr, [role="row"], li',
  skip?: string,
): ListRow[] {
  const rows = new Map<Element, ListRow>();
  for (const link of root.querySelectorAll('a[href]')) {
    if (skip && link.closest(skip)) continue;
    const id = pattern.exec(link.getAttribute('href') ?? '')?.[1];
    if (!id) continue;
    const row = link.closest(rowSelector) ?? link;
    // The row's first link to the ticket is its number or subject: the badge leads its text
    // (inside the link, so a block-level link does not get a line of its own).
    if (!rows.has(row)) rows.set(row, { ticketId: id, row, anchor: link, at: 'start' });
  }
  return [...rows.values()];
}

/** Text of an element's own text nodes: headings whose children are controls or badges. */
export function ownText(element: Element): string {
  return squash([...element.childNodes].filter((n) => n.nodeType === 3).map((n) => n.nodeValue).join(' '));
}

// Editors opened through their helpdesk's note control, per document: on helpdesks whose open
// editor does not say whether it is a note, the only way to know is to have opened it ourselves.
const openedAsNote = new WeakSet<Element>();

/**
 * Put a note into an editor this extension opened through the helpdesk's own note control.
 * An editor already open that we did not open may be a public reply: refuse rather than guess.
 */
export async function insertThroughNoteControl(
  note: NoteContent,
  find: { editor: () => Element | null; control: () => Element | null; controlName: string },
  signal?: AbortSignal,
): Promise<InsertResult> {
  let editor = find.editor();
  if (!editor || !openedAsNote.has(editor)) {
    const control = find.control();
    if (!control) {
      return editor
        ? { ok: false, reason: 'an editor is already open and it may be a reply to the customer; close it, or copy the note' }
        : { ok: false, reason: `could not find ${find.controlName}` };
    }
    const before = editor;
    press(control);
    editor = await waitFor(
      () => {
        const found = find.editor();
        return found !== before ? found : null;
      },
      1_500,
      50,
      signal,
    );
    if (!editor) return { ok: false, reason: 'the note editor did not open' };
    openedAsNote.add(editor);
  }
  if (!(editor instanceof HTMLElement)) return { ok: false, reason: 'could not find the note editor' };
  return insertIntoEditor(editor, note, { where: 'note', signal });
}
