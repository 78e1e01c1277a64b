import type { BrowserContext, Worker } from '@playwright/test';

export function addressFor(html: string, file: string, url?: string): string;
export function extensionFor(address: string): string;
export function diagnosePage(launched: { context: BrowserContext; worker: Worker }, file: string, url?: string): Promise<any>;
export function matchesAddress(address: string): (requested: URL) => boolean;
export function checkAddress(address: string): URL;
export function parseDiagnoseArgs(args: string[]): Error | { file: string; url?: string };
