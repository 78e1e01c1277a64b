/**
 * Reading the ticket and getting it triaged, shared by the features that read (on arrival,
 * when the page changes, pasted text). The adapter reads; when it misses what it needs, the
 * generic reader fills in the text (limited to the adapter's `fallbackRoot`).
 */
import { readGeneric, readRegion } from '../adapters/generic';
import { buildSnapshot } from '../adapters/snapshot';
import type { ReadResult } from '../adapters/types';
import type { TicketRead, TicketSession } from '../session/ticket-session';
import { judgeable } from '../ticket/judgeable';
import type { PageKit } from './feature';

export function readTicket(page: PageKit, selection: string): TicketRead {
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

/**
 * Show a read and ask the background for its triage; a reply for an abandoned ticket is
 * dropped. A read with no ticket text in it gets no verdict at all.
 */
export async function triageRead(session: TicketSession, page: PageKit, read: TicketRead, signal: AbortSignal, source: 'page' | 'agent' = 'page'): Promise<void> {
  session.showRead(read);
  // Text the generic reader took from the page may be menus and labels; text the agent pasted or selected is meant.
  const verdict = judgeable(read.snapshot, source === 'page' && (read.fallback || page.adapter.kind === 'generic'));
  if (!verdict.ok) return session.showNothing(verdict.reason);
  try {
    const reply = await page.send('ticket/triage', { key: session.key, snapshot: read.snapshot });
    if (!signal.aborted) session.showReply(reply);
  } catch (error) {
    if (!signal.aborted) session.showError((error as Error).message);
  }
}

