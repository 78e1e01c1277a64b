/**
 * Mount the sidebar in a shadow root (page CSS cannot reach in, ours cannot leak out) and
 * dock it: the page is narrowed by the sidebar's width so the helpdesk's own controls stay
 * uncovered; collapsed, only a slim tab remains. Mounted once per tab: leaving the ticket
 * detaches it (and undocks the page), the next ticket puts it back.
 */
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { OWN_UI_TAG } from '../../adapters/generic';
import { renderNote } from '../../handoff/note';
import { createTicketSession } from '../../session/ticket-session';
import { createSidebarState, type SidebarState } from '../state';
import type { MountedSidebar, SidebarUi, TabActions } from './api';
import { Sidebar } from './Sidebar';
import css from './sidebar.css?inline';

// The same widths as .tl-root and .tl-collapsed in sidebar.css: the page gives up exactly that.
const SIDEBAR_WIDTH = 360;
const TAB_WIDTH = 28;

/** The UI module's one entry: ticket sessions, and the mount. */
export function createSidebarUi(ctx: ContentScriptContext, tab: TabActions): SidebarUi {
  return {
    createSession: createTicketSession,
    tools: { renderNote },
    mount: (collapsed) => mountSidebar(ctx, createSidebarState(), tab, collapsed),
  };
}

export async function mountSidebar(ctx: ContentScriptContext, state: SidebarState, tab: TabActions, collapsed: boolean): Promise<MountedSidebar> {
  state.collapsed.value = collapsed;
  const dockStyle = document.createElement('style');
  dockStyle.dataset.tierline = 'dock';
  const dock = () => {
    const width = state.collapsed.value ? TAB_WIDTH : SIDEBAR_WIDTH;
    dockStyle.textContent = `html{margin-right:${width}px !important;}`;
  };

  const ui = await createShadowRootUi(ctx, {
    name: OWN_UI_TAG,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css,
    onMount(container) {
      render(h(Sidebar, { state, tab }), container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
  dock();

  // Some helpdesks re-render the children of <body> on navigation: put the sidebar back.
  // Watching body's and head's direct children only keeps this off the page's hot path.
  const reattach = new MutationObserver(() => {
    if (!ui.shadowHost.isConnected) document.body.append(ui.shadowHost);
    if (!dockStyle.isConnected) document.head.append(dockStyle);
  });
  const attach = () => {
    if (!ui.shadowHost.isConnected) document.body.append(ui.shadowHost);
    if (!dockStyle.isConnected) document.head.append(dockStyle);
    reattach.observe(document.body, { childList: true });
    reattach.observe(document.head, { childList: true });
  };
  const detach = () => {
    reattach.disconnect();
    ui.shadowHost.remove();
    dockStyle.remove();
  };
  attach();
  ctx.onInvalidated(detach);
  return {
    host: ui.shadowHost,
    show(session) {
      state.session.value = session;
      attach();
    },
    hide() {
      detach();
      state.session.value = null;
    },
    setCollapsed(value) {
      state.collapsed.value = value;
      dock();
    },
  };
}
