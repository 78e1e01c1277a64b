// `npm run demo` flags. A screenshot goes under .output/ (built output, ignored by git, never
// in a zip) unless given an absolute path: `--screenshot` alone writes .output/demo.png.
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUTPUT = fileURLToPath(new URL('../.output/', import.meta.url));

export function parseDemoArgs(args, outputDir = OUTPUT) {
  const at = (name) => args.indexOf(name);
  const valueOf = (name) => {
    const next = args[at(name) + 1];
    return next !== undefined && !next.startsWith('--') ? next : undefined;
  };
  const headless = args.includes('--headless');
  let screenshot;
  if (at('--screenshot') >= 0) {
    const name = valueOf('--screenshot') ?? 'demo.png';
    screenshot = isAbsolute(name) ? name : join(outputDir, name);
  }
  // --handoff: open the handoff checklist before the screenshot (the README's picture of the flow).
  return { headless, screenshot, ticket: (at('--ticket') >= 0 && valueOf('--ticket')) || '1042', handoff: args.includes('--handoff') };
}
