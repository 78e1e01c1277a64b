/**
 * The content script's one job: on a helpdesk ticket page, read the ticket, get it triaged,
 * show the sidebar; follow the helpdesk's in-app navigation; stay idle everywhere else.
 *
 * Lifecycle: everything hangs off the WXT context (aborted when the extension reloads) and,
 * per ticket, off an AbortController that the next navigation aborts — listeners, observers
 * and pending replies of the previous ticket never touch the next one.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { generic, readPlainText, readRegion, rememberSelection } from '../adapters/generic';
import { checkSelectors } from '../adapters/dom';
import { buildSnapshot } from '../adapters/snapshot';
import type { Adapter, ReadResult } from '../adapters/types';
import { renderNote } from '../handoff/note';
import { answer, sendToBackground } from '../store/messaging';
import type { BGtoCS, PageReport } from '../store/protocol';
import { SIDEBAR_UI_GLOBAL, type MountedSidebar, type SidebarUi, type SidebarUiModule } from '../ui/sidebar/api';
import type { SidebarActions, SidebarState } from '../ui/state';
import { listSignature, markListRows, removeListBadges } from './list-badges';
import { isGenericSite } from './sites';
import { debounce, throttle, waitForElement } from './wait';

const COLLAPSED_KEY = 'sidebarCollapsed';
const SHORTCUT = { code: 'KeyY', altKey: true, shiftKey: true } as const;

/** Run on a tab with the adapters this bundle carries (one hosted helpdesk, or the self-hosted set). */
export async function startTierline(ctx: ContentScriptContext, adapters: Adapter[]): Promise<void> {
  const pickAdapter = (url: URL, doc: Document) => adapters.find((adapter) => adapter.matches(url, doc)) ?? null;
  let genericOn = await isGenericSite(location.origin);

  // The sidebar UI (Preact, components, styles) loads on the first ticket page only; its
  // state is the UI's signals, so it exists only once the UI is loaded.
  let ui: Promise<SidebarUi> | null = null;
  let state: SidebarState | null = null;
  // A promise, so two quick navigations never mount two sidebars.
  let sidebar: Promise<MountedSidebar> | null = null;
  let page: AbortController | null = null;
  let current: { adapter: Adapter; url: URL; key: string } | null = null;
  let lastToggle = { at: 0, source: '' };

  const actions: SidebarActions = {
    toggle(source: 'click' | 'key' | 'command' = 'click') {
      if (!state) return;
      // One key press can arrive twice, as the manifest command and as the page's keydown:
      // merge those, but never two presses from the same source.
      const now = Date.now();
      const echo = (source === 'key' && lastToggle.source === 'command') || (source === 'command' && lastToggle.source === 'key');
      if (echo && now - lastToggle.at < 150) return;
      lastToggle = { at: now, source };
      const collapsed = !state.collapsed.value;
      state.collapsed.value = collapsed;
      void sidebar?.then((s) => s.dock(collapsed));
      void browser.storage.local.set({ [COLLAPSED_KEY]: collapsed });
    },
    retry() {
      void route(true);
    },
    readPasted(text) {
      if (!current || !page || !state) return;
      const result = readPlainText(current.url, state.snapshot.value?.subject || document.title, text);
      void triage(state, { ...result, fallback: false }, page.signal);
    },
    async insertNote() {
      if (!current || !state) return;
      const snapshot = state.snapshot.value;
      const effective = state.effective.value;
      const reply = state.reply.value;
      if (!snapshot || !effective || !reply) return;
      const note = renderNote({ snapshot, levelName: effective.levelName, destinationName: effective.destinationName, rules: reply.suggestion.rules });
      // A clipboard that never answers (a pending permission prompt) must not hold up the editor.
      const copied = await Promise.race([
        navigator.clipboard.writeText(note.text).then(
          () => true,
          () => false,
        ),
        new Promise<false>((resolve) => setTimeout(() => resolve(false), 1_500)),
      ]);
      const inserted = current.adapter.insertNote
        ? await current.adapter.insertNote(document, note).catch((error: unknown) => ({ ok: false as const, reason: (error as Error).message }))
        : { ok: false as const, reason: `${current.adapter.name} has no note editor Tierline can reach` };
      const clipboard = copied ? 'copied to the clipboard' : 'the clipboard was not available';
      state.noteStatus.value = inserted.ok
        ? { ok: true, text: `Note put in the ${inserted.where}, and ${clipboard}.` }
        : { ok: copied, text: `Could not put the note in the ticket (${inserted.reason}); ${copied ? 'it is on the clipboard: paste it into an internal note' : clipboard}.` };
    },
    async override(choice) {
      const reply = state?.reply.value;
      if (!current || !state || !reply) return;
      const request = {
        key: current.key,
        severity: choice.severity,
        destination: choice.destination as typeof reply.suggestion.destination,
        reason: choice.reason,
        suggested: { severity: reply.suggestion.severity, destination: reply.suggestion.destination },
      };
      await sendToBackground('ticket/override', request);
      state.reply.value = { ...reply, override: { severity: request.severity, destination: request.destination, reason: request.reason, at: Date.now() } };
    },
  };

  async function route(force = false): Promise<void> {
    const url = new URL(location.href);
    const adapter = pickAdapter(url, document) ?? (genericOn ? generic : null);
    const onTicket = adapter?.isTicketPage(url, document) ?? false;
    const ticketId = adapter?.ticketId(url, document) ?? null;
    const key = adapter ? `${adapter.id}:${url.host}:${ticketId ?? url.pathname}` : '';
    if (!force && current && onTicket && current.key === key) return; // same ticket, nothing to redo

    page?.abort();
    page = new AbortController();
    const signal = page.signal;
    current = adapter ? { adapter, url, key } : null;

    if (adapter?.isListPage(url, document) && adapter.listRows) watchList(adapter, signal);
    else removeListBadges(document);

    if (!adapter || !onTicket) {
      void sidebar?.then((s) => s.remove());
      sidebar = null;
      return;
    }
    sidebar ??= loadUi().then((loaded) => loaded.mount());
    await sidebar;
    if (signal.aborted || !state) return;
    await readTicket(state, adapter, url, signal);
  }

  /** Ask the background to inject the sidebar UI into this frame, once. */
  function loadUi(): Promise<SidebarUi> {
    ui ??= (async () => {
      const global = globalThis as Record<string, unknown>;
      if (!global[SIDEBAR_UI_GLOBAL]) await sendToBackground('ui/load', {});
      const module = global[SIDEBAR_UI_GLOBAL] as SidebarUiModule | undefined;
      if (!module) throw new Error('the sidebar did not load');
      const loaded = module.create(ctx, actions);
      const stored = await browser.storage.local.get(COLLAPSED_KEY);
      loaded.state.collapsed.value = stored[COLLAPSED_KEY] === true;
      state = loaded.state;
      return loaded;
    })();
    ui.catch(() => (ui = null)); // a failed load (extension reloading) can be retried on the next ticket
    return ui;
  }

  async function readTicket(state: SidebarState, adapter: Adapter, url: URL, signal: AbortSignal): Promise<void> {
    state.phase.value = 'reading';
    state.adapterName.value = adapter.name;
    state.error.value = null;
    state.reply.value = null;
    state.noteStatus.value = null;
    const ready = adapter.selectors[adapter.readyKey];
    // Not there after a moment: read what there is and say what is missing; the mutation
    // re-read below picks the ticket up when a slow helpdesk renders it after all.
    if (ready) await waitForElement(document, ready.selectors, signal, 2_500);
    if (signal.aborted) return;
    await triage(state, readWithFallback(adapter, url), signal);
    watchTicket(state, adapter, url, signal);
  }

  /** The adapter's read; when it misses what it needs, the generic reader fills in the text. */
  function readWithFallback(adapter: Adapter, url: URL): Read {
    let result: ReadResult;
    try {
      result = adapter.read(document, url);
    } catch (error) {
      const snapshot = buildSnapshot(adapter.id, url, { ticketId: adapter.ticketId(url, document), messages: [] });
      result = { snapshot, health: [], problems: [`could not read this page (${(error as Error).message})`] };
    }
    if (!result.problems.length || adapter.kind === 'generic') return { ...result, fallback: false };
    const region = adapter.fallbackRoot ? adapter.fallbackRoot(document, url) : document.documentElement;
    if (!region) {
      // Reading the whole page here would mix several tickets' text: say so, read nothing more.
      return { ...result, fallback: false, problems: [...result.problems, 'could not tell which open ticket is active; select its text or paste it below'] };
    }
    const fallback = region === document.documentElement ? generic.read(document, url) : readRegion(region, url, result.snapshot.subject);
    return {
      ...result,
      fallback: true,
      snapshot: { ...fallback.snapshot, adapter: adapter.id, ticketId: result.snapshot.ticketId, subject: result.snapshot.subject || fallback.snapshot.subject },
    };
  }

  async function triage(state: SidebarState, result: Read, signal: AbortSignal): Promise<void> {
    state.snapshot.value = result.snapshot;
    state.problems.value = result.problems;
    state.health.value = result.health;
    state.fallback.value = result.fallback;
    if (!current) return;
    try {
      const reply = await sendToBackground('ticket/triage', { key: current.key, snapshot: result.snapshot });
      if (signal.aborted) return; // the agent moved on to another ticket meanwhile
      state.reply.value = reply;
      state.phase.value = 'ready';
    } catch (error) {
      if (signal.aborted) return;
      state.error.value = (error as Error).message;
      state.phase.value = 'error';
    }
  }

  /** Re-read when the ticket's DOM changes (a new reply arrives, the thread loads more). */
  function watchTicket(state: SidebarState, adapter: Adapter, url: URL, signal: AbortSignal): void {
    let fingerprint = fingerprintOf(state.snapshot.value);
    const reread = throttle(
      () => {
        const result = readWithFallback(adapter, url);
        const next = fingerprintOf(result.snapshot);
        if (next === fingerprint) return;
        fingerprint = next;
        void triage(state, result, signal);
      },
      1_000,
      signal,
    );
    const observer = new MutationObserver(reread);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => observer.disconnect());
  }

  function watchList(adapter: Adapter, signal: AbortSignal): void {
    let last = '';
    const mark = () => {
      const rows = adapter.listRows?.(document) ?? [];
      const signature = listSignature(document, rows);
      if (signature === last) return; // the list changed around its rows, not the rows
      last = signature;
      void markListRows(document, rows, adapter.id, location.host, signal);
    };
    mark();
    const observer = new MutationObserver(throttle(mark, 500, signal));
    observer.observe(document.body, { childList: true, subtree: true });
    signal.addEventListener('abort', () => observer.disconnect());
  }

  function report(): PageReport {
    const url = new URL(location.href);
    const adapter = current?.adapter ?? pickAdapter(url, document);
    const isTicketPage = adapter?.isTicketPage(url, document) ?? false;
    const kind = isTicketPage ? 'ticket' : adapter?.isListPage(url, document) ? 'list' : null;
    return {
      adapter: adapter?.id ?? null,
      adapterName: adapter?.name ?? null,
      isTicketPage,
      url: location.href,
      title: document.title,
      health: adapter && kind ? checkSelectors(document, adapter.selectors, [kind]) : [],
      composer: adapter && isTicketPage ? checkSelectors(document, adapter.selectors, ['composer']) : [],
      problems: state?.problems.value ?? [],
      snapshot: sidebar ? (state?.snapshot.value ?? null) : null,
    };
  }

  const onMessage = answer<BGtoCS>({
    'sidebar/toggle': () => {
      actions.toggle('command');
      return { collapsed: state?.collapsed.value ?? false };
    },
    'page/diagnose': () => report(),
    'page/use-generic': async () => {
      genericOn = true;
      await route(true);
      return { ok: current !== null };
    },
  });
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  // WXT reports SPA navigation from the Navigation API's `navigate` event, which fires before
  // the new URL commits: route on the next task, when location and (usually) the DOM are new.
  // A helpdesk that renders later is caught by the ticket's mutation re-read.
  ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(() => void route(), 0));
  ctx.addEventListener(window, 'popstate', () => ctx.setTimeout(() => void route(), 0));
  ctx.addEventListener(
    window,
    'keydown',
    (event: KeyboardEvent) => {
      if (!sidebar || event.code !== SHORTCUT.code || event.altKey !== SHORTCUT.altKey || event.shiftKey !== SHORTCUT.shiftKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      actions.toggle('key');
    },
    { capture: true },
  );
  ctx.addEventListener(
    document,
    'selectionchange',
    debounce(() => current?.adapter === generic && rememberSelection(String(document.getSelection() ?? '')), 300, ctx.signal),
  );
  ctx.onInvalidated(() => {
    page?.abort();
    removeListBadges(document);
  });

  await route();
}

/** A read, and whether the generic reader had to supply the text. */
type Read = ReadResult & { fallback: boolean };

/** Cheap change detector: subject, message count and the latest message's length. */
function fingerprintOf(snapshot: { subject: string; messages: { text: string }[] } | null): string {
  if (!snapshot) return '';
  const last = snapshot.messages[snapshot.messages.length - 1];
  return `${snapshot.subject}|${snapshot.messages.length}|${last?.text.length ?? 0}`;
}
