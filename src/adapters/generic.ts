/**
 * The generic reader: any page the user enabled, or the fallback when a helpdesk adapter
 * cannot read a page. It reads the text the agent selected, or else the page's main
 * readable text; the agent can also paste text into the sidebar as a last resort.
 */
import { createReader, readableText } from './dom';
import { buildSnapshot } from './snapshot';
import type { Adapter, ReadResult } from './types';

/** Our own sidebar host: never read it back as ticket text. */
export const OWN_UI_TAG = 'tierline-sidebar';

const CHROME = /^(NAV|HEADER|FOOTER|ASIDE)$/;

let lastSelection = '';

/** Remember the agent's latest selection (the sidebar click would otherwise clear it). */
export function rememberSelection(text: string): void {
  if (text.trim().length >= 20) lastSelection = text.trim();
}

/** The generic reader limited to one region of the page (an adapter's `fallbackRoot`). */
export function readRegion(region: Element, url: URL | string, subject: string): ReadResult {
  const text = lastSelection || readableText(region, (el) => CHROME.test(el.tagName) || el.tagName.toLowerCase() === OWN_UI_TAG);
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
  read(doc, url) {
    const reader = createReader(doc, generic.selectors);
    const subject = reader.text('title') ?? doc.title;
    const selected = lastSelection;
    const main = reader.one('main');
    const text = selected || (main ? readableText(main, (el) => CHROME.test(el.tagName) || el.tagName.toLowerCase() === OWN_UI_TAG) : '');
    const snapshot = buildSnapshot('generic', url, { ticketId: null, subject, messages: [{ author: 'customer', text }] });
    const problems = text ? [] : ['could not find any readable text on this page; select the ticket text or paste it below'];
    return { snapshot, health: reader.health(), problems };
  },
  testUrls: { ticket: [], list: [], other: ['https://example.com/'] },
};
