/**
 * Reading the ticket and getting it triaged, shared by the features that read (on arrival,
 * when the page changes, pasted text). The adapter reads; when it misses what it needs, the
 * generic reader fills in the text (limited to the adapter's `fallbackRoot`).
 */
import { checkSelectors } from '../adapters/dom';
import { readGeneric, readRegion } from '../adapters/generic';
import { buildSnapshot } from '../adapters/snapshot';
import type { ReadResult } from '../adapters/types';
import type { TicketRead, TicketSession } from '../session/ticket-session';
import type { TriageReply } from '../store/protocol';
import { judgeable } from '../ticket/judgeable';
import type { PageKit } from './feature';

export function readTicket(page: Pick<PageKit, 'adapter' | 'doc' | 'url'>, selection: string): TicketRead {
  const read = readThrough(page, selection);
  // The page check is the same computation the popup, the settings page and diagnose use:
  // every ticket-page selector against the page, not just the ones this read happened to ask for.
  return { ...read, health: checkSelectors(page.doc, page.adapter.selectors, ['ticket']) };
}

function readThrough(page: Pick<PageKit, 'adapter' | 'doc' | 'url'>, selection: string): TicketRead {
  const { adapter, doc, url } = page;
  if (adapter.kind === 'generic') return { ...readGeneric(doc, url, selection), fallback: false };
  let result: ReadResult;
  try {
    result = adapter.read(doc, url);
  } catch (error) {
    const snapshot = buildSnapshot(adapter.id, url, { ticketId: adapter.ticketId(url, doc), messages: [] });
    result = { snapshot, health: [], problems: [`could not read this page (${(error as Error).message})`] };
  }
  if (!result.problems.length) return { ...result, fallback: false };
  const region = adapter.fallbackRoot ? adapter.fallbackRoot(doc, url) : doc.documentElement;
  if (!region) {
    // Reading the whole page here would mix several tickets' text: say so, read nothing more.
    return { ...result, fallback: false, problems: [...result.problems, 'could not tell which open ticket is active; select its text or paste it below'] };
  }
  const fallback = region === doc.documentElement ? readGeneric(doc, url, selection) : readRegion(region, url, result.snapshot.subject, selection);
  return {
    ...result,
    fallback: true,
    snapshot: {
      ...fallback.snapshot,
      adapter: adapter.id,
      ticketId: result.snapshot.ticketId,
      ...(result.snapshot.ticketNumber ? { ticketNumber: result.snapshot.ticketNumber } : {}),
      subject: result.snapshot.subject || fallback.snapshot.subject,
    },
  };
}

/** What a read is worth: a verdict to ask for, or why there is nothing to judge. */
function verdictOf(page: Pick<PageKit, 'adapter'>, read: TicketRead, source: 'page' | 'agent') {
  // Text the generic reader took from the page may be menus and labels; text the agent pasted or selected is meant.
  return judgeable(read.snapshot, source === 'page' && (read.fallback || page.adapter.kind === 'generic'));
}

/** A triage request in flight (started before the sidebar loaded, or now). */
export type PendingTriage = Promise<TriageReply>;

/** Ask the background for a read's triage; null when there is nothing to judge. */
export function requestTriage(page: Pick<PageKit, 'adapter' | 'send'>, key: string, read: TicketRead, source: 'page' | 'agent' = 'page'): PendingTriage | null {
  if (!verdictOf(page, read, source).ok) return null;
  const pending = page.send('ticket/triage', { key, snapshot: read.snapshot });
  pending.catch(() => undefined); // handled by whoever shows it; never an unhandled rejection
  return pending;
}

/**
 * Show a read and its triage; a reply for an abandoned ticket is dropped. A read with no
 * ticket text in it gets no verdict at all.
 */
export async function showTriage(session: TicketSession, page: PageKit, read: TicketRead, pending: PendingTriage | null, signal: AbortSignal, source: 'page' | 'agent' = 'page'): Promise<void> {
  session.showRead(read);
  const verdict = verdictOf(page, read, source);
  if (!verdict.ok || !pending) return session.showNothing(verdict.ok ? 'nothing was read' : verdict.reason);
  try {
    const reply = await pending;
    if (!signal.aborted) session.showReply(reply);
  } catch (error) {
    if (!signal.aborted) session.showError((error as Error).message);
  }
}

/** Read, ask, show: the usual path. */
export function triageRead(session: TicketSession, page: PageKit, read: TicketRead, signal: AbortSignal, source: 'page' | 'agent' = 'page'): Promise<void> {
  return showTriage(session, page, read, requestTriage(page, session.key, read, source), signal, source);
}
