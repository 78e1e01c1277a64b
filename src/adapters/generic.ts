/**
 * The generic reader: any page the user enabled, or the fallback when a helpdesk adapter
 * cannot read a page. It reads the text the agent selected, or else the page's main
 * readable text; the agent can also paste text into the sidebar as a last resort. The
 * selection is passed in (the ticket session keeps it), never remembered here: a selection
 * made on one ticket must not be read as the next one's text.
 */
import { createReader, readableText } from './dom';
import { buildSnapshot } from './snapshot';
import type { Adapter, ReadResult } from './types';

/** Our own sidebar host: never read it back as ticket text. */
export const OWN_UI_TAG = 'tierline-sidebar';

const CHROME = /^(NAV|HEADER|FOOTER|ASIDE)$/;

/** The generic reader limited to one region of the page (an adapter's `fallbackRoot`). */
export function readRegion(region: Element, url: URL | string, subject: string, selection = ''): ReadResult {
  const text = selection || readableText(region, (el) => CHROME.test(el.tagName) || el.tagName.toLowerCase() === OWN_UI_TAG);
  const snapshot = buildSnapshot('generic', url, { ticketId: null, subject, messages: [{ author: 'customer', text }] });
  return { snapshot, health: [], problems: text ? [] : ['could not find any readable text in this ticket; select its text or paste it below'] };
}

export function readPlainText(url: URL | string, subject: string, text: string): ReadResult {
  const snapshot = buildSnapshot('generic', url, { ticketId: null, subject, messages: [{ author: 'customer', text }] });
  return { snapshot, health: [], problems: [] };
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
  const text = selection || (main ? readableText(main, (el) => CHROME.test(el.tagName) || el.tagName.toLowerCase() === OWN_UI_TAG) : '');
  const snapshot = buildSnapshot('generic', url, { ticketId: null, subject, messages: [{ author: 'customer', text }] });
  const problems = text ? [] : ['could not find any readable text on this page; select the ticket text or paste it below'];
  return { snapshot, health: reader.health(), problems };
}
