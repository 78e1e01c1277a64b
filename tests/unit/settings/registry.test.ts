/**
 * The settings registry: every storage key Tierline uses is in it, and each item decodes
 * what storage holds (validated on read, migrated by version, a newer version never dropped).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSetting, SETTINGS, type SettingItem } from '../../../src/settings/registry';

const ROOT = join(import.meta.dirname, '../../..');

describe('settings registry', () => {
  it('has unique keys', () => {
    const keys = Object.values(SETTINGS).map((item) => item.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is the only code that reads or writes storage.local by a literal key', () => {
    const offenders: string[] = [];
    for (const dir of ['src', 'entrypoints']) {
      for (const file of readdirSync(join(ROOT, dir), { recursive: true }).map(String)) {
        if (!/\.tsx?$/.test(file) || file === join('settings', 'registry.ts')) continue;
        const code = readFileSync(join(ROOT, dir, file), 'utf8');
        // A literal key passed to storage.local is a key outside the registry.
        if (/storage\.local\.(get|set|remove)\(\s*(['"`{]|\[\s*['"`])/.test(code)) offenders.push(`${dir}/${file}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('validates on read: garbage gives the fallback and says so; nothing stored is the fallback, quietly', () => {
    expect(decodeSetting(SETTINGS.sidebarCollapsed, true, undefined)).toEqual({ value: true });
    expect(decodeSetting(SETTINGS.sidebarCollapsed, 'yes', undefined)).toEqual({ value: false, problem: 'sidebarCollapsed holds an invalid value; the default is used' });
    expect(decodeSetting(SETTINGS.sidebarCollapsed, undefined, undefined)).toEqual({ value: false });
    const sites = [{ origin: 'https://help.acme.test', mode: 'helpdesk' }, { origin: 'javascript:alert(1)', mode: 'generic' }, { origin: 'https://x.test', mode: 'other' }];
    expect(decodeSetting(SETTINGS.sites, sites, 1).value).toEqual([{ origin: 'https://help.acme.test', mode: 'helpdesk' }]);
    expect(decodeSetting(SETTINGS.agentName, '  Dana ', 1)).toEqual({ value: 'Dana' });
    expect(decodeSetting(SETTINGS.agentName, 'x'.repeat(500), 1).problem).toBeDefined();
    // Off unless the agent turned it on; only a boolean turns it on.
    expect(decodeSetting(SETTINGS.countRepliesAsUpdates, undefined, undefined)).toEqual({ value: true });
    expect(decodeSetting(SETTINGS.countRepliesAsUpdates, false, 1)).toEqual({ value: false });
    expect(decodeSetting(SETTINGS.countRepliesAsUpdates, 'false', 1)).toEqual({ value: true, problem: 'countRepliesAsUpdates holds an invalid value; the default is used' });
  });

  it('migrates from the stored version, and never drops a value from a newer version', () => {
    const item: SettingItem<{ width: number }> = {
      key: 'width',
      version: 3,
      fallback: { width: 360 },
      parse: (v) => (typeof v === 'object' && v !== null && typeof (v as { width?: unknown }).width === 'number' ? (v as { width: number }) : undefined),
      migrations: { 1: (v) => ({ px: v }), 2: (v) => ({ width: (v as { px: number }).px }) },
    };
    expect(decodeSetting(item, 420, undefined)).toEqual({ value: { width: 420 } }); // unversioned = v1
    expect(decodeSetting(item, { px: 400 }, 2)).toEqual({ value: { width: 400 } });
    expect(decodeSetting(item, { width: 500 }, 4)).toEqual({ value: { width: 360 }, problem: 'width was written by a newer Tierline (version 4); it is kept, and the default is used' });
    expect(decodeSetting({ ...item, migrations: {} }, 420, 1).problem).toBe('width: no migration from version 1');
  });
});
