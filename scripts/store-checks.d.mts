export interface Manifest {
  [key: string]: unknown;
}
export function pngSize(bytes: Buffer | null): { width: number; height: number } | null;
export function chromeStoreProblems(manifest: Manifest, readFile: (path: string) => Buffer | null): string[];
export function localAccessProblems(manifest: Manifest): string[];
export function firefoxProblems(manifest: Manifest): string[];
export function zipEntries(zip: Buffer): string[];
export function nonSourceEntries(names: string[]): string[];
