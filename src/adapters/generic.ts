/**
 * The generic reader: any page the user enabled, or the fallback when a helpdesk adapter
 * cannot read a page. It reads the text the agent selected, or else the page's main
 * readable text; the agent can also paste text into the sidebar as a last resort. The
 * selection is passed in (the ticket session keeps it), never remembered here: a selection
 * made on one ticket must not be read as the next one's text.
 */
import { createReader, isShown, readableText } from './dom';
import { buildSnapshot } from './snapshot';
import type { Adapter, ReadResult } from './types';

/** Our own sidebar host: never read it back as ticket text. */
export const OWN_UI_TAG = 'tierline-sidebar';

const CHROME = /^(NAV|HEADER|FOOTER|ASIDE|MENU|DIALOG)$/;
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'menu', 'menubar', 'dialog', 'tooltip', 'listbox', 'search', 'toolbar']);
// Class names of menus and other chrome (whole names only: "main-with-sidebar" is content), and signatures.
const CHROME_CLASS = /^(?:dropdown-menu|menu|navbar|nav|sidebar|toolbar|modal|popover|tooltip)$/i;
const SIGNATURE = /signature/i;

/**
 * What the generic reader leaves out: page chrome (navigation, headers, menus, dialogs),
 * whatever is hidden, editors (what the agent is typing is not the ticket), signatures, and
 * our own sidebar. Runs only on the fallback path, so the style checks are affordable.
 */
function notTicketText(el: Element): boolean {
  if (CHROME.test(el.tagName) || el.tagName.toLowerCase() === OWN_UI_TAG) return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('contenteditable')) return true;
  for (const name of [...el.classList, el.id]) if (name && (CHROME_CLASS.test(name) || SIGNATURE.test(name))) return true;
  return !isShown(el);
}

/** The generic reader limited to one region of the page (an adapter's `fallbackRoot`). */
export function readRegion(region: Element, url: URL | string, subject: string, selection = ''): ReadResult {
  const text = selection || readableText(region, notTicketText);
  const snapshot = buildSnapshot('generic', url, { ticketId: null, subject, messages: [{ author: 'customer', text }] });
  return { snapshot, health: [], problems: text ? [] : ['could not find any readable text in this ticket; select its text or paste it below'] };
}

/** Text the agent pasted: split into messages where it shows mail boundaries, oldest first. */
export function readPlainText(url: URL | string, subject: string, text: string): ReadResult {
  const messages = splitPastedThread(text).map((part) => ({ author: 'customer' as const, text: part }));
  const snapshot = buildSnapshot('generic', url, { ticketId: null, subject, messages });
  return { snapshot, health: [], problems: [] };
}

// Lines that start an earlier message in pasted mail: "On Mon, 16 Nov 2026 at 09:14, Dana wrote:",
// "-----Original Message-----", "---------- Forwarded message ---------", Outlook's "From: … / Sent: …".
const BOUNDARY = /^(?:On [^\n]{4,200}\bwrote:|-{2,} ?(?:Original Message|Forwarded message) ?-{2,}|From: [^\n]{1,200}\n(?:Sent|Date): [^\n]{1,200})$/gim;

/**
 * Mail clients put the newest message on top and quote the older ones below a boundary line:
 * split there and return the parts oldest first, so the latest part counts as the latest. A
 * paste without boundaries is one message.
 */
export function splitPastedThread(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    parts.push(text.slice(start, match.index));
    start = match.index;
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.replace(/^>+ ?/gm, '').trim()).filter(Boolean).reverse();
}

export const generic: Adapter = {
  id: 'generic',
  name: 'Any page',
  kind: 'generic',
  matches: () => false, // only on sites the user enabled, chosen by the content script
  isTicketPage: () => true,
  isListPage: () => false,
  ticketId: () => null,
  selectors: {
    main: { what: 'the main text of the page', selectors: ['main', '[role="main"]', 'article', '#content', 'body'], required: true },
    title: { what: 'the page title', selectors: ['h1', 'title'] },
  },
  readyKey: 'main',
  read: (doc, url) => readGeneric(doc, url, ''),
};

/** The generic read of a page, preferring the text the agent selected. */
export function readGeneric(doc: Document, url: URL, selection: string): ReadResult {
  const reader = createReader(doc, generic.selectors);
  const subject = reader.text('title') ?? doc.title;
  const main = reader.one('main');
  const text = selection || (main ? readableText(main, notTicketText) : '');
  const snapshot = buildSnapshot('generic', url, { ticketId: null, subject, messages: [{ author: 'customer', text }] });
  const problems = text ? [] : ['could not find any readable text on this page; select the ticket text or paste it below'];
  return { snapshot, health: reader.health(), problems };
}
