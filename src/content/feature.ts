/**
 * What a feature is, and how the content script runs them. A feature is one file in
 * ./features with one entry, registered in ./features/index.ts; the controller runs the
 * ticket features when it routes to a ticket and the list features on a ticket list, each
 * with the route's AbortSignal (the next navigation aborts it: listeners, observers and
 * pending replies go with it).
 *
 * Breakage is contained: a feature that throws, at init or later in one of its callbacks
 * (through `page.contain`), is logged once with its id, the sidebar names what is not
 * working, and the other features carry on.
 */
import type { Adapter } from '../adapters/types';
import { TEST_BUILD, TEST_ONLY_MARKER } from '../build-mode';
import type { TicketRead, TicketSession } from '../session/ticket-session';
import type { PendingTriage } from './read';
import type { TicketTools } from '../ui/sidebar/api';
import type { sendToBackground } from '../store/messaging';
import type { PageWatch } from './page-watch';
import type { DelegateHandler } from './delegate';

/** The page as features see it: the adapter, shared observers and listeners, the background. */
export interface PageKit {
  adapter: Adapter;
  url: URL;
  doc: Document;
  /** The shared page observer (see ./page-watch.ts); `within` limits it to a part of the page. */
  watch(fn: () => void, throttleMs: number, signal: AbortSignal, within?: () => Element | null): void;
  /** A delegated capture-phase listener on the document (see ./delegate.ts). */
  on(selector: string, types: string[], handler: DelegateHandler, signal: AbortSignal): void;
  send: typeof sendToBackground;
  /** The read made (and the triage asked for) while the sidebar loaded, once; null after or when none was made. */
  takeFirstRead(): FirstRead | null;
  /** Wrap a callback so a throw is reported as this feature's failure instead of escaping. */
  contain<A extends unknown[]>(fn: (...args: A) => void | Promise<void>): (...args: A) => void;
}

export interface TicketFeature {
  id: string;
  on: 'ticket';
  /** What the user knows it as, for "not working: …" ("the escalation note"). */
  title: string;
  init(ctx: { session: TicketSession; page: PageKit; tools: TicketTools }, signal: AbortSignal): void | Promise<void>;
}

export interface ListFeature {
  id: string;
  on: 'list';
  title: string;
  init(ctx: { page: PageKit }, signal: AbortSignal): void | Promise<void>;
}

export type Feature = TicketFeature | ListFeature;

export interface FirstRead {
  read: TicketRead;
  pending: PendingTriage | null;
}

export interface FeatureServices {
  adapter: Adapter;
  url: URL;
  doc: Document;
  watch: PageWatch;
  on: PageKit['on'];
  send: typeof sendToBackground;
  firstRead: FirstRead | null;
}

const reported = new Set<string>();

/** Log a feature's failure once per tab, however often it recurs. */
function logOnce(feature: Feature, error: unknown): void {
  if (reported.has(feature.id)) return;
  reported.add(feature.id);
  console.error(`Tierline: the "${feature.id}" feature failed`, error);
}

/** Run each feature's init, contained: one failing feature never stops the others. */
export function runFeatures<F extends Feature>(features: F[], services: FeatureServices, ticket: { session: TicketSession; tools: TicketTools } | null, signal: AbortSignal): void {
  const session = ticket?.session ?? null;
  for (const feature of features) {
    const fail = (error: unknown) => {
      if (signal.aborted) return; // work of an abandoned ticket: nobody is looking
      logOnce(feature, error);
      session?.markBroken(feature.title);
    };
    const page: PageKit = {
      adapter: services.adapter,
      url: services.url,
      doc: services.doc,
      watch: (fn, ms, s, within) => services.watch.subscribe(page.contain(fn), ms, s, within),
      on: (selector, types, handler, s) => services.on(selector, types, page.contain(handler), s),
      send: services.send,
      takeFirstRead() {
        const first = services.firstRead;
        services.firstRead = null;
        return first;
      },
      contain:
        (fn) =>
        (...args) => {
          try {
            void Promise.resolve(fn(...args)).catch(fail);
          } catch (error) {
            fail(error);
          }
        },
    };
    try {
      if (TEST_BUILD) breakOnRequest(services.doc, feature);
      const ctx = { ...ticket, page };
      void Promise.resolve((feature.init as (c: typeof ctx, s: AbortSignal) => unknown)(ctx, signal)).catch(fail);
    } catch (error) {
      fail(error);
    }
  }
}

/** Test builds only (stripped from production): a page can ask for a feature to throw, to prove containment end to end. */
function breakOnRequest(doc: Document, feature: Feature): void {
  const wanted = doc.documentElement.getAttribute('data-tierline-test-break')?.split(/\s+/) ?? [];
  if (wanted.includes(feature.id)) throw new Error(`${TEST_ONLY_MARKER}: "${feature.id}" broken on purpose`);
}
