/**
 * Defect 9: the checks `npm test` runs on the store builds, handed broken manifests and zips
 * (including the manifest this project shipped before: 141-character description, local pages).
 */
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chromeStoreProblems, firefoxProblems, localAccessProblems, nonSourceEntries, pngSize, zipEntries } from '../../../scripts/store-checks.mjs';

const icon = (size: number) => readFileSync(new URL(`../../../public/icon/${size}.png`, import.meta.url));
const files: Record<string, Buffer> = { 'icon/16.png': icon(16), 'icon/32.png': icon(32), 'icon/48.png': icon(48), 'icon/128.png': icon(128) };
const readFile = (path: string) => files[path] ?? null;
const good = {
  manifest_version: 3,
  name: 'Tierline',
  description: 'Suggests the severity of an escalation by customer impact.',
  version: '0.1.0',
  icons: { '16': 'icon/16.png', '32': 'icon/32.png', '48': 'icon/48.png', '128': 'icon/128.png' },
  host_permissions: ['https://*.zendesk.com/*'],
  content_scripts: [{ matches: ['https://*.zendesk.com/*'], js: ['content-scripts/zendesk.js'] }],
};

describe('Chrome Web Store manifest limits', () => {
  it('a manifest within the limits has no problems', () => {
    expect(chromeStoreProblems(good, readFile)).toEqual([]);
  });
  it('the old 141-character description is over the limit', () => {
    const old = 'Escalations that go right: severity by customer impact, a complete handoff, the escalation note and check-in timers, on top of your helpdesk.';
    expect(chromeStoreProblems({ ...good, description: old }, readFile)).toEqual(['description: 141 characters, the limit is 132']);
    expect(chromeStoreProblems({ ...good, description: 'x'.repeat(132) }, readFile)).toEqual([]);
  });
  it('name, short_name, version and manifest_version', () => {
    expect(chromeStoreProblems({ ...good, name: 'n'.repeat(76) }, readFile)).toEqual(['name: 76 characters, the limit is 75']);
    expect(chromeStoreProblems({ ...good, short_name: 'Tierline Pro!' }, readFile)[0]).toMatch(/short_name/);
    expect(chromeStoreProblems({ ...good, short_name: 'Tierline' }, readFile)).toEqual([]);
    for (const version of ['1.2.3.4.5', '01.0', '1.65536', '1.0-beta', '', '1..2']) {
      expect(chromeStoreProblems({ ...good, version }, readFile), version).toEqual([expect.stringMatching(/^version:/)]);
    }
    for (const version of ['1', '0.1.0', '65535.0.0.1']) expect(chromeStoreProblems({ ...good, version }, readFile), version).toEqual([]);
    expect(chromeStoreProblems({ ...good, manifest_version: 2 }, readFile)[0]).toMatch(/manifest_version/);
  });
  it('icons: a 128 px icon is required, declared files exist and have their size', () => {
    const { '128': _dropped, ...without128 } = good.icons;
    expect(chromeStoreProblems({ ...good, icons: without128 }, readFile)).toEqual([expect.stringMatching(/128 px/)]);
    expect(chromeStoreProblems({ ...good, icons: { ...good.icons, '64': 'icon/64.png' } }, readFile)).toEqual(['icons.64: icon/64.png is not in the build']);
    expect(chromeStoreProblems({ ...good, icons: { ...good.icons, '128': 'icon/48.png' } }, readFile)).toEqual(['icons.128: icon/48.png is 48×48']);
    expect(pngSize(Buffer.from('not a png at all, really not'))).toBeNull();
  });
});

describe('store builds and local pages', () => {
  it('the old manifest (localhost and 127.0.0.1 host access and matches) is flagged', () => {
    const old = {
      ...good,
      host_permissions: ['https://*.zendesk.com/*', 'http://localhost/*', 'http://127.0.0.1/*'],
      content_scripts: [{ matches: ['http://127.0.0.1/*', 'http://localhost/*'], js: ['content-scripts/helpdesk.js'] }],
    };
    expect(localAccessProblems(old)).toHaveLength(4);
    expect(localAccessProblems(good)).toEqual([]);
    // Opt-in access to any site (asked per site) is not standing local access.
    expect(localAccessProblems({ ...good, optional_host_permissions: ['http://*/*'] })).toEqual([]);
  });
  it('Firefox: data_collection_permissions is required', () => {
    expect(firefoxProblems({ browser_specific_settings: { gecko: { id: 'tierline@tierline.app' } } })).toEqual([expect.stringMatching(/data_collection_permissions/)]);
    expect(firefoxProblems({ browser_specific_settings: { gecko: { id: 'x@y', data_collection_permissions: { required: ['none'] } } } })).toEqual([]);
  });
});

/** A minimal zip (deflated entries) to read back. */
function makeZip(names: string[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const name of names) {
    const data = deflateRawSync(Buffer.from(`content of ${name}`));
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('Firefox sources zip', () => {
  it('reads the file names back from a zip', () => {
    expect(zipEntries(makeZip(['src/a.ts', 'public/icon/16.png', 'README.md']))).toEqual(['src/a.ts', 'public/icon/16.png', 'README.md']);
    expect(() => zipEntries(Buffer.from('nope'))).toThrow(/not a zip/);
  });
  it('flags the README screenshot, test output and anything outside the sources', () => {
    const names = ['src/a.ts', 'entrypoints/popup/main.tsx', 'public/icon/128.png', 'package.json', 'wxt.config.ts', 'README.md', 'demo.png', 'src/shot.png', 'test-results/x/trace.zip', 'tests/e2e/a.spec.ts', 'notes.txt'];
    expect(nonSourceEntries(names)).toEqual(['demo.png', 'src/shot.png', 'test-results/x/trace.zip', 'tests/e2e/a.spec.ts', 'notes.txt']);
  });
});
