/**
 * The content script's one job: route. On a helpdesk ticket page it creates the ticket's
 * session and runs the ticket features (./features); on a ticket list, the list features;
 * elsewhere nothing. Each route has its own AbortController, aborted by the next route or
 * when the extension goes away, so nothing of one ticket outlives it.
 *
 *   navigation ──► route() ──same ticket──► (nothing)
 *                     │
 *                     ├─ ticket ─► abort previous · new session · ticket features · show
 *                     ├─ list ───► abort previous · list features · hide the sidebar
 *                     └─ other ──► abort previous · hide the sidebar
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { generic } from '../adapters/generic';
import { checkSelectors } from '../adapters/dom';
import type { Adapter } from '../adapters/types';
import type { TicketSession } from '../session/ticket-session';
import { readSetting, SETTINGS } from '../settings/registry';
import { answer, ContextGoneError, sendToBackground } from '../store/messaging';
import type { BGtoCS, PageReport } from '../store/protocol';
import { ticketKey } from '../ticket/key';
import { browser } from 'wxt/browser';
import { createDelegates } from './delegate';
import { runFeatures, type FeatureServices } from './feature';
import { listFeatures, ticketFeatures } from './features';
import { createPageWatch } from './page-watch';
import { readTicket, requestTriage } from './read';
import { createSidebarHost } from './sidebar-host';

interface Route {
  adapter: Adapter;
  kind: 'ticket' | 'list' | null;
  key: string;
  controller: AbortController;
  session: TicketSession | null;
}

/** Run on a tab with the adapters this bundle carries (one hosted helpdesk, or the self-hosted set). */
export async function startTierline(ctx: ContentScriptContext, adapters: Adapter[]): Promise<void> {
  // The generic reader's setting is awaited only when no adapter knows the page: a helpdesk's
  // ticket page is routed (and docked) without waiting for storage.
  let genericOn: boolean | Promise<boolean> = readSetting(SETTINGS.sites).then(
    ({ value }) => value.some((site) => site.origin === location.origin && site.mode === 'generic'),
    () => false,
  );
  const pickAdapter = (url: URL) => adapters.find((adapter) => adapter.matches(url, document)) ?? (genericOn === true ? generic : null);
  const sidebar = createSidebarHost(ctx);
  const watch = createPageWatch(document.body);
  const delegates = createDelegates(document);
  let current: Route | null = null;

  async function route(force = false): Promise<void> {
    const url = new URL(location.href);
    let adapter = pickAdapter(url);
    if (!adapter && genericOn !== true && genericOn !== false) {
      const on = await genericOn;
      if ((genericOn as boolean | Promise<boolean>) !== true) genericOn = on; // "Read this page" may have turned it on meanwhile
      adapter = pickAdapter(url);
    }
    const kind = !adapter ? null : adapter.isTicketPage(url, document) ? 'ticket' : adapter.isListPage(url, document) ? 'list' : null;
    const key = adapter ? ticketKey(adapter.id, url.host, adapter.ticketId(url, document) ?? url.pathname) : '';
    if (!force && current?.kind === 'ticket' && kind === 'ticket' && current.key === key) return; // same ticket, nothing to redo

    current?.controller.abort();
    current = null;
    if (!adapter || !kind) return sidebar.hide();
    const route: Route = { adapter, kind, key, controller: new AbortController(), session: null };
    current = route;
    const { signal } = route.controller;
    const services: FeatureServices = { adapter, url, doc: document, watch, on: delegates.on, send, firstRead: null };

    if (kind === 'list') {
      sidebar.hide();
      return runFeatures(listFeatures, services, null, signal);
    }
    // A server-rendered ticket is complete at document end: read it and ask for its triage
    // now, while the sidebar bundle loads (read-ticket takes this first read).
    const ready = adapter.selectors[adapter.readyKey];
    if (ready && ready.selectors.some((selector) => safeMatch(document, selector))) {
      const read = readTicket(services, '');
      services.firstRead = { read, pending: requestTriage(services, key, read) };
    }
    const { ui, sidebar: mounted } = await sidebar.ensure(adapter.dock);
    if (signal.aborted) return;
    route.session = ui.createSession({ key, adapterId: adapter.id, adapterName: adapter.name });
    runFeatures(ticketFeatures, services, { session: route.session, tools: ui.tools }, signal);
    mounted.show(route.session);
  }

  /** A message to the background; when the extension went away under this tab, the context finds out now. */
  const send: typeof sendToBackground = (type, payload) =>
    sendToBackground(type, payload).catch((error: unknown) => {
      if (error instanceof ContextGoneError) void ctx.isValid; // reading it notices the invalidation
      throw error;
    });

  function report(): PageReport {
    const url = new URL(location.href);
    const adapter = current?.adapter ?? pickAdapter(url);
    const isTicketPage = adapter?.isTicketPage(url, document) ?? false;
    const kind = isTicketPage ? 'ticket' : adapter?.isListPage(url, document) ? 'list' : null;
    const session = current?.session ?? null;
    return {
      adapter: adapter?.id ?? null,
      adapterName: adapter?.name ?? null,
      isTicketPage,
      url: location.href,
      title: document.title,
      health: adapter && kind ? checkSelectors(document, adapter.selectors, [kind]) : [],
      composer: adapter && isTicketPage ? checkSelectors(document, adapter.selectors, ['composer']) : [],
      problems: session?.problems.value ?? [],
      snapshot: session?.snapshot.value ?? null,
    };
  }

  const onMessage = answer<BGtoCS>({
    'sidebar/toggle': () => ({ collapsed: sidebar.toggle('command') }),
    'page/diagnose': () => report(),
    'page/use-generic': async () => {
      genericOn = true;
      await route(true);
      return { ok: current !== null };
    },
  });
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    current?.controller.abort();
  });

  // WXT reports SPA navigation from the Navigation API's `navigate` event, which fires before
  // the new URL commits: route on the next task, when location and (usually) the DOM are new.
  // A plain timer (not ctx.setTimeout, which leaves an abort listener behind on every call).
  const routeSoon = () =>
    setTimeout(() => {
      if (ctx.isValid) void route().catch(routeFailed);
    }, 0);
  ctx.addEventListener(window, 'wxt:locationchange', routeSoon);
  ctx.addEventListener(window, 'popstate', routeSoon);
  ctx.addEventListener(window, 'keydown', (event: KeyboardEvent) => onShortcut(event, sidebar), { capture: true });

  await route().catch(routeFailed);
}

/** A route that failed (the sidebar bundle could not load: the extension is reloading) waits for the next navigation; nothing reaches the page. */
function routeFailed(error: unknown): void {
  console.warn('Tierline: could not open the sidebar here', error);
}

function safeMatch(doc: Document, selector: string): boolean {
  try {
    return doc.querySelector(selector) !== null;
  } catch {
    return false;
  }
}

/** Alt+Shift+Y on a ticket page, outside the helpdesk's editors (typing there is the agent's). */
function onShortcut(event: KeyboardEvent, sidebar: ReturnType<typeof createSidebarHost>): void {
  if (event.code !== 'KeyY' || !event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || !sidebar.shown) return;
  const target = event.target as HTMLElement | null;
  if (target?.isContentEditable || target?.tagName === 'INPUT' || target?.tagName === 'TEXTAREA') return;
  event.preventDefault();
  sidebar.toggle('key');
}
