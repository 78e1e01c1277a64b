/**
 * What kind of build this is, fixed at compile time (Vite replaces `import.meta.env.MODE`,
 * so the branches a production build does not take are removed from it).
 *
 * - production (`npm run build`, `npm run zip`): what the stores get. Runs only on the
 *   hosted helpdesks and the sites the user adds.
 * - test (`wxt build --mode test`, into `.output/chrome-mv3-test`): what the end-to-end
 *   tests, the demo and diagnose load. Also runs on local pages (the demo helpdesk and the
 *   captures are served on 127.0.0.1), and may carry test-only code.
 * - development (`npm run dev`): like test, with WXT's reload.
 */
export const TEST_BUILD: boolean = import.meta.env.MODE === 'test';

/** Local pages (localhost, 127.0.0.1) are a development and test convenience, never a store build's. */
export const LOCAL_PAGES: boolean = import.meta.env.MODE !== 'production';

/**
 * Test-only code sits behind `if (TEST_BUILD)` and carries this string, so `npm run size`
 * can prove that production builds hold none of it (and that the test build does).
 */
export const TEST_ONLY_MARKER = 'tierline:test-only';
