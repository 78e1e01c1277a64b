import { SIDEBAR_UI_GLOBAL, type SidebarUiModule } from '../src/ui/sidebar/api';
import { createSidebarUi } from '../src/ui/sidebar/mount';

// Injected by the background into a helpdesk tab's isolated world when a ticket page is
// detected: Preact, the sidebar, the ticket session model and the styles never load on
// lists or other pages.
export default defineUnlistedScript(() => {
  const module: SidebarUiModule = { create: createSidebarUi };
  (globalThis as Record<string, unknown>)[SIDEBAR_UI_GLOBAL] = module;
});
