/**
 * Mount the sidebar in a shadow root (page CSS cannot reach in, ours cannot leak out). The
 * page's side of docking (what the page gives up so that the helpdesk's own controls stay
 * uncovered) is the content script's (src/ui/dock.ts, driven by src/content/sidebar-host.ts),
 * so the page is docked before this bundle arrives; here, the sidebar takes the place and
 * width it is given. Mounted once per tab: leaving the ticket detaches it, the next ticket
 * puts it back.
 */
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { OWN_UI_TAG } from '../../adapters/generic';
import { createTicketSession } from '../../session/ticket-session';
import type { DockPlan } from '../dock';
import { createSidebarState, type SidebarState } from '../state';
import type { MountedSidebar, SidebarUi, TabActions } from './api';
import { Sidebar } from './Sidebar';
import { ticketTools } from './tools';
import css from './sidebar.css?inline';

/** The UI module's one entry: ticket sessions, and the mount. */
export function createSidebarUi(ctx: ContentScriptContext, tab: TabActions): SidebarUi {
  return {
    createSession: createTicketSession,
    tools: ticketTools,
    mount: (plan) => mountSidebar(ctx, createSidebarState(plan), tab),
  };
}

export async function mountSidebar(ctx: ContentScriptContext, state: SidebarState, tab: TabActions): Promise<MountedSidebar> {
  // WXT removes a shadow-root UI when its context is invalidated (the extension was updated
  // under the tab). Ours stays, says so and keeps what the agent typed: it is given a context
  // that never reports invalidation, and the real one turns it into an orphan instead.
  const staying = { options: ctx.options, onInvalidated: () => () => undefined } as unknown as ContentScriptContext;
  const ui = await createShadowRootUi(staying, {
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

  // Some helpdesks re-render the children of <body> on navigation: put the sidebar back.
  // Watching body's direct children only keeps this off the page's hot path.
  const reattach = new MutationObserver(() => {
    if (!ui.shadowHost.isConnected) document.body.append(ui.shadowHost);
  });
  const attach = () => {
    if (!ui.shadowHost.isConnected) document.body.append(ui.shadowHost);
    reattach.observe(document.body, { childList: true });
  };
  const detach = () => {
    reattach.disconnect();
    ui.shadowHost.remove();
  };
  attach();
  const orphan = () => {
    reattach.disconnect();
    state.orphaned.value = true;
  };
  ctx.onInvalidated(orphan);
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
    setLayout(plan: DockPlan) {
      state.layout.value = plan;
    },
    focus() {
      state.focus.value = { target: state.collapsed.value ? 'tab' : 'panel' };
    },
    hasFocus: () => document.activeElement === ui.shadowHost,
    orphan,
  };
}
