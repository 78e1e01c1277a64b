// @vitest-environment happy-dom
/**
 * The meta-test: every adapter file is registered, has test URLs (ticket, list, other),
 * fixture pages, its own unit test and a selector table; and every adapter's URLs are checked
 * against every other adapter (a helpdesk never claims another's pages).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { HOSTED_MATCHES } from '../../../src/adapters/hosts';
import { adapters } from '../../../src/adapters/registry';
import { ADAPTER_URLS } from '../../fixtures/adapter-urls';

// Paths, not URLs: under happy-dom the global URL is not the one node:fs accepts.
const HERE = import.meta.dirname;
const ADAPTER_DIR = join(HERE, '../../../src/adapters');
const NOT_ADAPTERS = new Set(['types.ts', 'dom.ts', 'snapshot.ts', 'registry.ts', 'hosts.ts', 'insert.ts', 'generic.ts']);
const blank = () => document.implementation.createHTMLDocument('');
const CAPTURES = join(HERE, '../../../../shared/helpdesks/captures');

/** An adapter's fixture pages: our own (reconstructions, variations) and, for self-hosted helpdesks, the real captures. */
function fixturePages(id: string): string[] {
  const own = join(HERE, id === 'demo' ? '../../fixtures/demo-helpdesk' : `../../fixtures/helpdesks/${id}`);
  const pages = existsSync(own) ? readdirSync(own, { recursive: true }).map(String).filter((f) => f.endsWith('.html')).map((f) => join(own, f)) : [];
  const captures = readdirSync(CAPTURES).filter((f) => f.startsWith(`${id}-`) && f.endsWith('.inlined.html')).map((f) => join(CAPTURES, f));
  return [...pages, ...captures];
}

describe('adapter registry', () => {
  it('registers every adapter file, once', () => {
    const files = readdirSync(ADAPTER_DIR).filter((f) => f.endsWith('.ts') && !NOT_ADAPTERS.has(f));
    const ids = adapters.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(files.map((f) => f.replace(/\.ts$/, '')).sort());
  });

  it('ships every adapter in a content script', () => {
    const entrypoints = join(HERE, '../../../entrypoints');
    const scripts = readdirSync(entrypoints, { recursive: true })
      .map(String)
      .filter((f) => /\.content(\/index)?\.tsx?$/.test(f))
      .map((f) => readFileSync(join(entrypoints, f), 'utf8'));
    for (const adapter of adapters) {
      expect(scripts.some((code) => new RegExp(`startTierline\\(ctx, \\[[^\\]]*\\b${adapter.id}\\b`).test(code)), adapter.id).toBe(true);
    }
  });

  it("declares each hosted helpdesk's whole origin, covering its URLs and only its URLs", () => {
    for (const [id, patterns] of Object.entries(HOSTED_MATCHES)) {
      const adapter = adapters.find((a) => a.id === id)!;
      const covered = (href: string) => patterns.some((p) => new MatchPattern(p).includes(href));
      for (const href of [...ADAPTER_URLS[adapter.id]!.ticket, ...ADAPTER_URLS[adapter.id]!.list]) expect(covered(href), href).toBe(true);
      for (const other of adapters.filter((a) => a !== adapter)) for (const href of ADAPTER_URLS[other.id]!.ticket) expect(covered(href), `${id} patterns cover ${href}`).toBe(false);
    }
  });

  for (const adapter of adapters) {
    describe(adapter.id, () => {
      it('has test URLs of every kind, fixtures, a unit test and a selector table', () => {
        expect(ADAPTER_URLS[adapter.id]!.ticket.length).toBeGreaterThan(0);
        expect(ADAPTER_URLS[adapter.id]!.list.length).toBeGreaterThan(0);
        expect(ADAPTER_URLS[adapter.id]!.other.length).toBeGreaterThan(0);
        expect(fixturePages(adapter.id).length, `fixture pages for ${adapter.id}`).toBeGreaterThan(0);
        expect(existsSync(join(HERE, `${adapter.id}.test.ts`)), `tests/unit/adapters/${adapter.id}.test.ts`).toBe(true);
        expect(adapter.selectors[adapter.readyKey], 'readyKey names a selector').toBeDefined();
        for (const [name, spec] of Object.entries(adapter.selectors)) {
          expect(spec.selectors.length, `${name} has selectors`).toBeGreaterThan(0);
          expect(spec.what.length, `${name} says what it finds`).toBeGreaterThan(2);
          for (const selector of spec.selectors) expect(() => document.querySelector(selector), `${name}: ${selector}`).not.toThrow();
        }
        for (const key of adapter.escalateControlKeys ?? []) expect(adapter.selectors[key], `escalate control ${key}`).toBeDefined();
        expect(Object.values(adapter.selectors).some((s) => s.required)).toBe(true);
      });

      it('recognises its own URLs', () => {
        const doc = blank();
        for (const href of ADAPTER_URLS[adapter.id]!.ticket) {
          const url = new URL(href);
          expect(adapter.isTicketPage(url, doc), href).toBe(true);
          expect(adapter.ticketId(url, doc), href).toBeTruthy();
        }
        for (const href of ADAPTER_URLS[adapter.id]!.list) expect(adapter.isListPage(new URL(href), doc), href).toBe(true);
        for (const href of ADAPTER_URLS[adapter.id]!.other) {
          expect(adapter.isTicketPage(new URL(href), doc), href).toBe(false);
          expect(adapter.isListPage(new URL(href), doc), href).toBe(false);
        }
      });

      it("never claims another adapter's pages", () => {
        for (const other of adapters.filter((a) => a !== adapter)) {
          for (const href of [...ADAPTER_URLS[other.id]!.ticket, ...ADAPTER_URLS[other.id]!.list]) {
            // Hosted adapters decide by URL; self-hosted ones need their markers, absent from a blank page.
            expect(adapter.matches(new URL(href), blank()), `${adapter.id} must not claim ${other.id}'s ${href}`).toBe(false);
          }
        }
      });
    });
  }

  it("never claims another adapter's fixture pages", () => {
    const pages = adapters.flatMap((owner) => fixturePages(owner.id).map((file) => ({ owner, html: readFileSync(file, 'utf8') })));
    expect(pages.length).toBeGreaterThan(adapters.length);
    for (const { owner, html } of pages) {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const source = /<meta name="x-capture-source" content="([^"]+)"/.exec(html)?.[1] ?? 'http://127.0.0.1:5177/tickets/1';
      for (const other of adapters.filter((a) => a !== owner)) expect(other.matches(new URL(source.replace(/&amp;/g, '&')), doc), `${other.id} on ${owner.id}'s page`).toBe(false);
    }
  });
});
