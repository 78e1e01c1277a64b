/**
 * Mount the sidebar in a shadow root (page CSS cannot reach in, ours cannot leak out) and
 * dock it: the page is narrowed by the sidebar's width so the helpdesk's own controls stay
 * uncovered; collapsed, only a slim tab remains.
 */
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { OWN_UI_TAG } from '../../adapters/generic';
import { createSidebarState, type SidebarActions, type SidebarState } from '../state';
import type { MountedSidebar, SidebarUi } from './api';
import { Sidebar } from './Sidebar';
import css from './sidebar.css?inline';

// The same widths as .tl-root and .tl-collapsed in sidebar.css: the page gives up exactly that.
const SIDEBAR_WIDTH = 360;
const TAB_WIDTH = 28;

/** The UI module's one entry: the state the content script fills, and the mount. */
export function createSidebarUi(ctx: ContentScriptContext, actions: SidebarActions): SidebarUi {
  const state = createSidebarState();
  return { state, mount: () => mountSidebar(ctx, state, actions) };
}

export async function mountSidebar(ctx: ContentScriptContext, state: SidebarState, actions: SidebarActions): Promise<MountedSidebar> {
  const dockStyle = document.createElement('style');
  dockStyle.dataset.tierline = 'dock';
  const dock = (collapsed: boolean) => {
    const width = collapsed ? TAB_WIDTH : SIDEBAR_WIDTH;
    dockStyle.textContent = `html{margin-right:${width}px !important;}`;
  };

  const ui = await createShadowRootUi(ctx, {
    name: OWN_UI_TAG,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css,
    onMount(container) {
      render(h(Sidebar, { state, actions }), container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
  dock(state.collapsed.value);
  document.head.append(dockStyle);

  // Some helpdesks re-render the children of <body> on navigation: put the sidebar back.
  // Watching body's direct children only keeps this off the page's hot path.
  const reattach = new MutationObserver(() => {
    if (!ui.shadowHost.isConnected) document.body.append(ui.shadowHost);
    if (!dockStyle.isConnected) document.head.append(dockStyle);
  });
  reattach.observe(document.body, { childList: true });
  reattach.observe(document.head, { childList: true });

  const remove = () => {
    reattach.disconnect();
    ui.remove();
    dockStyle.remove();
  };
  ctx.onInvalidated(() => {
    reattach.disconnect();
    dockStyle.remove();
  });
  return { dock, remove };
}
