/**
 * Docking: how the sidebar makes room beside the helpdesk so that the helpdesk's own controls
 * are never under it. Each adapter says what kind of layout its helpdesk has (types.ts,
 * `DockSpec`); `planDock` (pure, unit-tested) turns that, the viewport's width and the
 * agent's chosen width into where the sidebar goes and what the page gives up:
 *
 *   fluid layout ('narrow')  ── the page is narrowed by the sidebar's width (html margin-right);
 *                               if that leaves the page less than its minimum, a narrower
 *                               sidebar; if even the narrowest does not fit: folded to its tab.
 *   fixed-width layout ('fixed', e.g. osTicket's 960 px centred #container)
 *                            ── the empty gutter beside the layout is wide enough: the sidebar
 *                               floats over it, the page does not move at all;
 *                               else the layout is shifted left (margin-right) if the sidebar
 *                               fits beside it; else folded to its tab, and the page keeps its
 *                               layout's width (min-width) so all of it can be scrolled to.
 *
 * Folded for want of room, the tab says why; opening it anyway floats the panel over the
 * page (the agent asked for it) until the window has room again.
 *
 * `createDock` owns the one <style data-tierline="dock"> in the page's <head>. It lives in
 * the always-on content script, so the page can be docked before the lazily loaded sidebar
 * UI arrives (ideally before the page's first paint: no layout shift under the agent's eyes).
 */
import type { DockSpec } from '../adapters/types';

export type { DockSpec };

export const SIDEBAR_WIDTH = { min: 280, default: 360, max: 560 } as const;
export const TAB_WIDTH = 28;
const DEFAULT_MIN_PAGE = 600;

export interface DockInput {
  spec: DockSpec;
  /** The viewport's width in CSS px, without its scrollbar. */
  viewport: number;
  /** The fixed layout's measured width, when the spec is 'fixed' and it was found. */
  layoutWidth: number | null;
  /** The agent's choice: folded or open. */
  collapsed: boolean;
  /** The agent's chosen width. */
  width: number;
  /** The agent opened the tab although there is no room: float over the page. */
  overlay: boolean;
}

export interface DockPlan {
  /** What the sidebar shows. */
  state: 'open' | 'collapsed';
  /** The sidebar's box width (the tab's when collapsed). */
  width: number;
  /** What the page gives up at its right (html margin-right); 0 when floating over a gutter or the page. */
  reserve: number;
  /** The page keeps at least this width (a fixed layout when even the tab does not fit beside it). */
  pageMinWidth: number | null;
  /** Folded for want of room: why, in the agent's words. */
  tooNarrow: string | null;
  /** Over the page, by the agent's request (no room to dock). */
  overlay: boolean;
  /** How room was made, for tests and the README: */
  how: 'margin' | 'gutter' | 'overlay';
}

export const clampWidth = (width: number) =>
  Number.isFinite(width) ? Math.round(Math.min(SIDEBAR_WIDTH.max, Math.max(SIDEBAR_WIDTH.min, width))) : SIDEBAR_WIDTH.default;

export function planDock(input: DockInput): DockPlan {
  const { spec, viewport } = input;
  const wanted = clampWidth(input.width);
  const fixed = spec.mode === 'fixed' && input.layoutWidth !== null && input.layoutWidth > 0 ? input.layoutWidth : null;
  const need = fixed ?? spec.minPageWidth ?? DEFAULT_MIN_PAGE;
  const open = (width: number, reserve: number): DockPlan => ({ state: 'open', width, reserve, pageMinWidth: null, tooNarrow: null, overlay: false, how: reserve ? 'margin' : 'gutter' });
  const tab = (tooNarrow: string | null): DockPlan => {
    if (fixed !== null && (viewport - fixed) / 2 >= TAB_WIDTH) return { state: 'collapsed', width: TAB_WIDTH, reserve: 0, pageMinWidth: null, tooNarrow, overlay: false, how: 'gutter' };
    return { state: 'collapsed', width: TAB_WIDTH, reserve: TAB_WIDTH, pageMinWidth: fixed !== null && viewport - TAB_WIDTH < fixed ? fixed : null, tooNarrow, overlay: false, how: 'margin' };
  };

  if (input.collapsed) return tab(null);
  if (fixed !== null) {
    const gutter = Math.floor((viewport - fixed) / 2);
    if (gutter >= SIDEBAR_WIDTH.min) return open(Math.min(wanted, gutter), 0);
    if (viewport - fixed >= SIDEBAR_WIDTH.min) return open(Math.min(wanted, viewport - fixed), Math.min(wanted, viewport - fixed));
  } else {
    if (viewport - wanted >= need) return open(wanted, wanted);
    if (viewport - need >= SIDEBAR_WIDTH.min) return open(viewport - need, viewport - need);
  }
  const why = `Folded: this page needs ${need} px and the window has ${Math.round(viewport)} px, too few to show Tierline beside it. Widen the window or zoom out.`;
  if (input.overlay) {
    const width = Math.max(Math.min(wanted, viewport - 48), Math.min(SIDEBAR_WIDTH.min, viewport));
    return { state: 'open', width, reserve: 0, pageMinWidth: null, tooNarrow: why, overlay: true, how: 'overlay' };
  }
  return tab(why);
}

/** The page's side of docking: one style element, kept in <head> while docked. */
export function createDock(doc: Document) {
  const style = doc.createElement('style');
  style.dataset.tierline = 'dock';
  let css = '';
  const keep = new MutationObserver(() => {
    if (!style.isConnected) doc.head.append(style);
  });
  return {
    /** The fixed layout's width now (a layout read: called on docking and on resize only). */
    measure(spec: DockSpec): number | null {
      if (spec.mode !== 'fixed') return null;
      const el = doc.querySelector(spec.layout);
      const width = el ? el.getBoundingClientRect().width : 0;
      return width > 0 ? Math.ceil(width) : null;
    },
    viewport: () => doc.documentElement.clientWidth || (doc.defaultView?.innerWidth ?? 0),
    apply(plan: DockPlan) {
      const rules = [plan.reserve ? `margin-right:${plan.reserve}px !important;` : '', plan.pageMinWidth ? `min-width:${plan.pageMinWidth}px !important;` : ''].join('');
      const next = rules ? `html{${rules}}` : '';
      if (next !== css) style.textContent = css = next;
    },
    attach() {
      if (!style.isConnected) doc.head.append(style);
      keep.observe(doc.head, { childList: true });
    },
    detach() {
      keep.disconnect();
      style.remove();
    },
  };
}

export type Dock = ReturnType<typeof createDock>;
