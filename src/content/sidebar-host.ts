/**
 * The tab's sidebar: loaded on the first ticket page only (the background injects the UI
 * bundle), mounted once, shown per ticket, collapsed or open as the agent last chose, as wide
 * as the agent last made it. Owns, for the whole tab:
 *  - the page's side of docking (src/ui/dock.ts): docked as soon as the ticket page is known,
 *    before the UI bundle arrives, and again whenever the window's width or zoom changes;
 *  - the toggle (button, keyboard shortcut, browser command), with echo-merging;
 *  - the keyboard focus the shortcut moves: from the page into the sidebar, and back to where
 *    it was.
 *
 *   shortcut, focus in the page ──► open (if folded) · focus into the sidebar · remember where it was
 *   shortcut, focus in the sidebar ──► fold · focus back where it was
 */
import type { DockSpec } from '../adapters/types';
import { readSetting, SETTINGS, writeSetting } from '../settings/registry';
import { sendToBackground } from '../store/messaging';
import { clampWidth, createDock, planDock, type DockPlan } from '../ui/dock';
import { SIDEBAR_UI_GLOBAL, type MountedSidebar, type SidebarUi, type SidebarUiModule } from '../ui/sidebar/api';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** One key press can arrive twice, as the manifest command and as the page's keydown. */
const ECHO_MS = 150;
const NARROW: DockSpec = { mode: 'narrow' };

export interface SidebarHost {
  /** The UI module and the mounted sidebar, loaded on first use; the page docked for this helpdesk's layout. */
  ensure(dock?: DockSpec): Promise<{ ui: SidebarUi; sidebar: MountedSidebar }>;
  /** Mounted and shown right now (a ticket page). */
  readonly shown: boolean;
  hide(): void;
  toggle(source?: 'click' | 'key' | 'command'): boolean;
  /** The mounted sidebar's host element, if any. */
  host(): Element | null;
  /** How it is docked now (tests and the diagnose report). */
  plan(): DockPlan | null;
}

/**
 * A synchronous copy of the two layout settings in the helpdesk origin's localStorage, read
 * only to dock before the first paint; the settings (extension storage) stay the truth. The
 * page can read or change it: it is two numbers, validated, corrected as soon as storage answers.
 */
const MIRROR_KEY = 'tierline:dock';

function readMirror(): { collapsed: boolean; width: number } | null {
  try {
    const value = JSON.parse(localStorage.getItem(MIRROR_KEY) ?? 'null') as unknown;
    if (typeof value !== 'object' || value === null) return null;
    const { c, w } = value as { c?: unknown; w?: unknown };
    return typeof c === 'boolean' && typeof w === 'number' ? { collapsed: c, width: clampWidth(w) } : null;
  } catch {
    return null; // storage denied (sandboxed frame, privacy settings) or garbage
  }
}

function writeMirror(collapsed: boolean, width: number): void {
  try {
    localStorage.setItem(MIRROR_KEY, JSON.stringify({ c: collapsed, w: width }));
  } catch {
    // not essential: the next tab docks from the defaults, then from storage
  }
}

/** A preference write that fails (the extension went away) is not worth an error on the page. */
function quietly(write: Promise<void>): void {
  write.catch(() => undefined);
}

export function createSidebarHost(ctx: ContentScriptContext): SidebarHost {
  let loading: Promise<{ ui: SidebarUi; sidebar: MountedSidebar }> | null = null;
  let mounted: MountedSidebar | null = null;
  let shown = false;
  let docked = false;
  let collapsed = false;
  let width = 360;
  /** Opened although there is no room: float over the page until the window has room again. */
  let overlay = false;
  let spec: DockSpec = NARROW;
  let plan: DockPlan | null = null;
  let lastToggle = { at: 0, source: '' };
  /** Where the keyboard focus was when the shortcut moved it into the sidebar. */
  let returnTo: HTMLElement | null = null;
  const dock = createDock(document);

  const replan = () => {
    if (!docked) return;
    plan = planDock({ spec, viewport: dock.viewport(), layoutWidth: dock.measure(spec), collapsed, width, overlay });
    if (!plan.tooNarrow) overlay = false;
    dock.apply(plan);
    mounted?.setLayout(plan);
  };
  const startDock = () => {
    docked = true;
    dock.attach();
    replan();
  };
  let frame = 0;
  ctx.addEventListener(window, 'resize', () => {
    if (!docked || frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      replan();
    });
  });
  // The extension went away under this tab: a sidebar on screen stays docked, as it is (the
  // UI tells the agent to reload); one that is not shown leaves the page as it was.
  ctx.onInvalidated(() => {
    if (shown) return;
    docked = false;
    dock.detach();
  });

  const moveFocus = () => {
    if (!mounted) return;
    if (mounted.hasFocus()) {
      if (plan?.state === 'open') setCollapsed(true);
      const back = returnTo;
      returnTo = null;
      if (back?.isConnected) back.focus({ preventScroll: true });
      else ((mounted.host as HTMLElement).shadowRoot?.activeElement as HTMLElement | null)?.blur();
      return;
    }
    const active = document.activeElement;
    returnTo = active instanceof HTMLElement && active !== document.body ? active : null;
    if (plan?.state === 'collapsed') setCollapsed(false);
    mounted.focus();
  };
  const setCollapsed = (value: boolean) => {
    collapsed = value;
    overlay = !value; // opening with no room to dock: the agent asked for it, over the page
    replan();
    quietly(writeSetting(SETTINGS.sidebarCollapsed, collapsed));
    writeMirror(collapsed, width);
  };

  const host: SidebarHost = {
    ensure(dockSpec) {
      spec = dockSpec ?? NARROW;
      loading ??= (async () => {
        // Docked before anything is awaited (storage answers a fresh tab in 20-120 ms, after the
        // page's first paint): with this site's last layout, then corrected from the settings.
        const last = readMirror();
        if (last) ({ collapsed, width } = last);
        startDock();
        const [storedCollapsed, storedWidth] = await Promise.all([readSetting(SETTINGS.sidebarCollapsed), readSetting(SETTINGS.sidebarWidth)]);
        collapsed = storedCollapsed.value;
        width = clampWidth(storedWidth.value);
        replan();
        writeMirror(collapsed, width);
        const global = globalThis as Record<string, unknown>;
        if (!global[SIDEBAR_UI_GLOBAL]) await sendToBackground('ui/load', {});
        const module = global[SIDEBAR_UI_GLOBAL] as SidebarUiModule | undefined;
        if (!module) throw new Error('the sidebar did not load');
        const ui = module.create(ctx, {
          toggle: (source) => void host.toggle(source),
          resize: (next, done) => {
            width = clampWidth(next);
            replan();
            if (!done) return;
            quietly(writeSetting(SETTINGS.sidebarWidth, width));
            writeMirror(collapsed, width);
          },
        });
        mounted = await ui.mount(plan!);
        return { ui, sidebar: mounted };
      })();
      loading.catch(() => {
        loading = null; // a failed load (extension reloading) can be retried on the next ticket
        docked = false;
        dock.detach();
      });
      return loading.then((loaded) => {
        shown = true;
        startDock();
        return loaded;
      });
    },
    get shown() {
      return shown;
    },
    hide() {
      shown = false;
      docked = false;
      dock.detach();
      mounted?.hide();
    },
    toggle(source = 'click') {
      if (!mounted || !shown) return collapsed;
      const now = Date.now();
      const echo = (source === 'key' && lastToggle.source === 'command') || (source === 'command' && lastToggle.source === 'key');
      if (echo && now - lastToggle.at < ECHO_MS) return plan?.state === 'collapsed';
      lastToggle = { at: now, source };
      if (source === 'click') setCollapsed(plan?.state !== 'collapsed');
      else moveFocus();
      return plan?.state === 'collapsed';
    },
    host: () => (shown ? (mounted?.host ?? null) : null),
    plan: () => plan,
  };
  return host;
}
