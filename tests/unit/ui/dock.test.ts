import { describe, expect, it } from 'vitest';
import { planDock, type DockInput } from '../../../src/ui/dock';

const narrow: DockInput = { spec: { mode: 'narrow', minPageWidth: 600 }, viewport: 1280, layoutWidth: null, collapsed: false, width: 360, overlay: false };
const fixed: DockInput = { ...narrow, spec: { mode: 'fixed', layout: '#container' }, layoutWidth: 960 };

describe('planDock', () => {
  it('narrows a fluid page by the sidebar, or by the tab when folded', () => {
    expect(planDock(narrow)).toMatchObject({ state: 'open', width: 360, reserve: 360, how: 'margin', tooNarrow: null });
    expect(planDock({ ...narrow, collapsed: true })).toMatchObject({ state: 'collapsed', width: 28, reserve: 28 });
  });
  it('takes a narrower sidebar before the page drops under its minimum, then folds and says why', () => {
    expect(planDock({ ...narrow, viewport: 900 })).toMatchObject({ state: 'open', width: 300, reserve: 300 });
    const folded = planDock({ ...narrow, viewport: 640 });
    expect(folded).toMatchObject({ state: 'collapsed', reserve: 28 });
    expect(folded.tooNarrow).toContain('needs 600 px and the window has 640 px');
    expect(planDock({ ...narrow, viewport: 640, overlay: true })).toMatchObject({ state: 'open', reserve: 0, overlay: true, how: 'overlay' });
  });
  it('floats over a fixed layout’s empty gutter, shifts it when the gutter is too small, folds when even that does not fit', () => {
    expect(planDock({ ...fixed, viewport: 1920 })).toMatchObject({ state: 'open', width: 360, reserve: 0, how: 'gutter' });
    expect(planDock({ ...fixed, viewport: 1560 })).toMatchObject({ state: 'open', width: 300, reserve: 0, how: 'gutter' });
    expect(planDock({ ...fixed, viewport: 1280 })).toMatchObject({ state: 'open', width: 320, reserve: 320, how: 'margin' });
    expect(planDock({ ...fixed, viewport: 1024 })).toMatchObject({ state: 'collapsed', reserve: 0, how: 'gutter' }); // the tab fits in the 32 px gutter
    expect(planDock({ ...fixed, viewport: 640 })).toMatchObject({ state: 'collapsed', reserve: 28, pageMinWidth: 960 }); // the whole layout stays scrollable to
  });
  it('keeps the chosen width within bounds, and narrows a fluid page when the fixed layout is not found', () => {
    expect(planDock({ ...narrow, width: 9999 }).width).toBe(560);
    expect(planDock({ ...narrow, width: 10 }).width).toBe(280);
    expect(planDock({ ...fixed, layoutWidth: null })).toMatchObject({ reserve: 360, how: 'margin' });
  });
});
