/**
 * Every key Tierline keeps in `storage.local`, in one registry (zod-free: content scripts
 * read some of them). Each item has a version, a fallback and a validator that runs on
 * every read, in the spirit of WXT's `storage.defineItem({ version, migrations })`:
 *
 *   stored value ──(its version, from "<key>$v"; absent = 1)──► migrations up to `version`
 *     ──► parse ──► the value, or the fallback plus the reason it was refused
 *
 * A value from a newer version than this code knows is never overwritten or dropped: the
 * fallback is used and the reason says so. The policy's contents are validated by the
 * policy service (zod, background only) and migrated by src/policy/migrate.ts; here it is
 * only the key.
 */
import { browser } from 'wxt/browser';

export interface SettingItem<T> {
  key: string;
  version: number;
  fallback: T;
  /** The value, or undefined when the stored value is not a valid one. */
  parse(value: unknown): T | undefined;
  /** From version N (the key) to N+1. */
  migrations?: Record<number, (value: unknown) => unknown>;
}

export interface SiteSetting {
  /** e.g. "https://help.acme.com" */
  origin: string;
  /** helpdesk: a self-hosted helpdesk, detected by its page markers; generic: read any page there. */
  mode: 'helpdesk' | 'generic';
}

const isSite = (value: unknown): value is SiteSetting =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as SiteSetting).origin === 'string' &&
  /^https?:\/\/[^/\s]+$/.test((value as SiteSetting).origin) &&
  ((value as SiteSetting).mode === 'helpdesk' || (value as SiteSetting).mode === 'generic');

export type NoteFormat = 'text' | 'markdown' | 'html';

export const SETTINGS = {
  sites: {
    key: 'sites',
    version: 1,
    fallback: [] as SiteSetting[],
    parse: (value: unknown) => (Array.isArray(value) ? value.filter(isSite) : undefined),
  } satisfies SettingItem<SiteSetting[]>,
  sidebarCollapsed: {
    key: 'sidebarCollapsed',
    version: 1,
    fallback: false,
    parse: (value: unknown) => (typeof value === 'boolean' ? value : undefined),
  } satisfies SettingItem<boolean>,
  /** The sidebar's width the agent chose (drag or arrow keys on its edge), in CSS px. */
  sidebarWidth: {
    key: 'sidebarWidth',
    version: 1,
    fallback: 360,
    parse: (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value >= 200 && value <= 1000 ? Math.round(value) : undefined),
  } satisfies SettingItem<number>,
  /** "Your name", written into the case log and the escalation note. */
  agentName: {
    key: 'agentName',
    version: 1,
    fallback: '',
    parse: (value: unknown) => (typeof value === 'string' && value.length <= 100 ? value.trim() : undefined),
  } satisfies SettingItem<string>,
  /**
   * "Count a public reply as the update by itself": a public agent reply seen in the thread of an
   * escalated ticket is logged as "Update sent" (marked automatic) instead of offered. On by
   * default: the thread is what every teammate's browser sees, so their clocks agree.
   */
  countRepliesAsUpdates: {
    key: 'countRepliesAsUpdates',
    version: 1,
    fallback: true,
    parse: (value: unknown) => (typeof value === 'boolean' ? value : undefined),
  } satisfies SettingItem<boolean>,
  /** How "Copy note" puts the escalation note on the clipboard: plain text (with rich HTML beside it), Markdown, or HTML source. */
  noteFormat: {
    key: 'noteFormat',
    version: 1,
    fallback: 'text' as NoteFormat,
    parse: (value: unknown) => (value === 'text' || value === 'markdown' || value === 'html' ? value : undefined),
  } satisfies SettingItem<NoteFormat>,
  /** The team policy as JSON; validated and migrated by the background's policy service. */
  policy: {
    key: 'policy',
    version: 1,
    fallback: null as unknown,
    parse: (value: unknown) => value,
  } satisfies SettingItem<unknown>,
} as const;

export type SettingKey = keyof typeof SETTINGS;

const versionKey = (item: SettingItem<unknown>) => `${item.key}$v`;

export interface ReadSetting<T> {
  value: T;
  /** Why the stored value was not used, when it was not. */
  problem?: string;
}

/** Turn what storage holds into the item's value (pure: the tests call it directly). */
export function decodeSetting<T>(item: SettingItem<T>, stored: unknown, storedVersion: unknown): ReadSetting<T> {
  if (stored === undefined || stored === null) return { value: item.fallback };
  const from = typeof storedVersion === 'number' ? storedVersion : 1;
  if (from > item.version) return { value: item.fallback, problem: `${item.key} was written by a newer Tierline (version ${from}); it is kept, and the default is used` };
  let value: unknown = stored;
  for (let version = from; version < item.version; version++) {
    const step = item.migrations?.[version];
    if (!step) return { value: item.fallback, problem: `${item.key}: no migration from version ${version}` };
    value = step(value);
  }
  const parsed = item.parse(value);
  return parsed === undefined ? { value: item.fallback, problem: `${item.key} holds an invalid value; the default is used` } : { value: parsed };
}

export async function readSetting<T>(item: SettingItem<T>): Promise<ReadSetting<T>> {
  const stored = await browser.storage.local.get([item.key, versionKey(item)]);
  return decodeSetting(item, stored[item.key], stored[versionKey(item)]);
}

export async function writeSetting<T>(item: SettingItem<T>, value: T): Promise<void> {
  await browser.storage.local.set({ [item.key]: value, [versionKey(item)]: item.version });
}

export async function removeSetting(item: SettingItem<unknown>): Promise<void> {
  await browser.storage.local.remove([item.key, versionKey(item)]);
}
