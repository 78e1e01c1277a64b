/**
 * The tab's sidebar: loaded on the first ticket page only (the background injects the UI
 * bundle), mounted once, shown per ticket, collapsed or open as the agent last chose. Owns
 * the toggle (button, keyboard shortcut, browser command) for the whole tab.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readSetting, SETTINGS, writeSetting } from '../settings/registry';
import { sendToBackground } from '../store/messaging';
import { SIDEBAR_UI_GLOBAL, type MountedSidebar, type SidebarUi, type SidebarUiModule } from '../ui/sidebar/api';

/** One key press can arrive twice, as the manifest command and as the page's keydown. */
const ECHO_MS = 150;

export interface SidebarHost {
  /** The UI module and the mounted sidebar, loaded on first use. */
  ensure(): Promise<{ ui: SidebarUi; sidebar: MountedSidebar }>;
  /** Mounted and shown right now (a ticket page). */
  readonly shown: boolean;
  hide(): void;
  toggle(source?: 'click' | 'key' | 'command'): boolean;
  /** The mounted sidebar's host element, if any. */
  host(): Element | null;
}

export function createSidebarHost(ctx: ContentScriptContext): SidebarHost {
  let loading: Promise<{ ui: SidebarUi; sidebar: MountedSidebar }> | null = null;
  let mounted: MountedSidebar | null = null;
  let shown = false;
  let collapsed = false;
  let lastToggle = { at: 0, source: '' };

  const host: SidebarHost = {
    ensure() {
      loading ??= (async () => {
        const global = globalThis as Record<string, unknown>;
        if (!global[SIDEBAR_UI_GLOBAL]) await sendToBackground('ui/load', {});
        const module = global[SIDEBAR_UI_GLOBAL] as SidebarUiModule | undefined;
        if (!module) throw new Error('the sidebar did not load');
        const ui = module.create(ctx, { toggle: (source) => void host.toggle(source) });
        collapsed = (await readSetting(SETTINGS.sidebarCollapsed)).value;
        mounted = await ui.mount(collapsed);
        return { ui, sidebar: mounted };
      })();
      loading.catch(() => (loading = null)); // a failed load (extension reloading) can be retried on the next ticket
      return loading.then((loaded) => {
        shown = true;
        return loaded;
      });
    },
    get shown() {
      return shown;
    },
    hide() {
      shown = false;
      mounted?.hide();
    },
    toggle(source = 'click') {
      if (!mounted || !shown) return collapsed;
      const now = Date.now();
      const echo = (source === 'key' && lastToggle.source === 'command') || (source === 'command' && lastToggle.source === 'key');
      if (echo && now - lastToggle.at < ECHO_MS) return collapsed;
      lastToggle = { at: now, source };
      collapsed = !collapsed;
      mounted.setCollapsed(collapsed);
      void writeSetting(SETTINGS.sidebarCollapsed, collapsed);
      return collapsed;
    },
    host: () => (shown ? (mounted?.host ?? null) : null),
  };
  return host;
}
