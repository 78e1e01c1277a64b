import type { BrowserContext, Worker } from '@playwright/test';

export const EXTENSION_DIR: string;
export function findChromium(options?: {
  env?: Record<string, string | undefined>;
  exists?: (path: string) => boolean;
  warn?: (message: string) => void;
  playwrightBrowser?: () => Promise<string | null>;
}): Promise<string | null>;
export function ensureChromium(): Promise<string>;
export function chromiumArgs(extensionDir?: string): string[];
export function freshProfileDir(): string;
/** Remove a directory this code made (never throws). */
export function removeDir(dir: string): void;
export function launchWithExtension(options?: {
  headless?: boolean;
  extensionDir?: string;
  viewport?: { width: number; height: number };
  userDataDir?: string;
}): Promise<{ context: BrowserContext; worker: Worker; extensionId: string }>;
