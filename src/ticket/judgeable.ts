/**
 * Is there anything to judge? A read that found no ticket text, or only page chrome (menus,
 * labels, a "not found" heading), must not get a verdict: the sidebar says there is nothing
 * to judge and asks for the text. Zod-free and cheap: content scripts call it on every read.
 */
import type { TicketSnapshot } from './snapshot';

const flat = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
const FOOTER = /©|\(c\) ?\d{4}|all rights reserved|powered by/i;

/**
 * Words of prose: lines of at least `minWords` words (menus, labels and headings are
 * shorter). Text the generic reader took from the page also drops the subject (already
 * read, and no report by itself) and footers.
 */
function proseWords(text: string, subject: string, fromPage: boolean): number {
  const minWords = fromPage ? 6 : 4;
  const title = flat(subject);
  let words = 0;
  for (const line of text.split('\n')) {
    if (fromPage && (FOOTER.test(line) || (title && flat(line) === title))) continue;
    const count = line.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    if (count >= minWords) words += count;
  }
  return words;
}

/** Fewer prose words than this is no report: "Ticket not found", "Signed in as Alex Morgan". */
const MIN_WORDS = 6;
/** Text the generic reader pulled from the page when the helpdesk's own elements were missing needs more to count. */
const MIN_WORDS_FROM_PAGE = 12;

export type Judgeable = { ok: true } | { ok: false; reason: string };

export function judgeable(snapshot: Pick<TicketSnapshot, 'subject' | 'messages'>, readFromPage: boolean): Judgeable {
  const text = snapshot.messages.map((m) => m.text).join('\n');
  if (!text.trim()) {
    return { ok: false, reason: snapshot.subject ? 'Tierline read only a subject here, no message text' : 'Tierline found no ticket text on this page' };
  }
  const words = proseWords(text, snapshot.subject, readFromPage);
  if (words < (readFromPage ? MIN_WORDS_FROM_PAGE : MIN_WORDS)) {
    return { ok: false, reason: readFromPage ? 'Tierline found only page text (menus, labels, headings) here, not a ticket' : 'the ticket is too short to judge' };
  }
  return { ok: true };
}
