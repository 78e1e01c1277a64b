/**
 * The contract between the always-on content script and the sidebar UI, which is loaded only
 * on ticket pages (the background injects sidebar-ui.js into the tab's isolated world, which
 * content scripts share). Types and a name only: importing this costs the content script nothing.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SidebarActions, SidebarState } from '../state';

export const SIDEBAR_UI_GLOBAL = '__tierlineSidebarUi';

export interface MountedSidebar {
  dock(collapsed: boolean): void;
  remove(): void;
}

export interface SidebarUi {
  /** The sidebar's signals; the content script writes them, the UI renders them. */
  state: SidebarState;
  mount(): Promise<MountedSidebar>;
}

export interface SidebarUiModule {
  create(ctx: ContentScriptContext, actions: SidebarActions): SidebarUi;
}
