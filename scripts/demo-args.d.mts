export function parseDemoArgs(args: string[], outputDir?: string): { headless: boolean; screenshot?: string; ticket: string };
