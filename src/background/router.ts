/**
 * Where a message to the background may come from. Every request names its sender kind, and
 * the browser tells who really sent it: a content script (a web page's tab) or one of our
 * own pages (an extension URL). A request is answered only when the type belongs to that
 * kind's map, the claimed kind is the real one, and the payload passes its schema.
 */
import type { z } from 'zod';
import { describeIssues } from '../policy/parse';
import type { SenderKind } from '../store/protocol';
import { CStoBGRequest, PageToBGRequest } from '../store/protocol-schema';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

const SCHEMAS: Record<SenderKind, z.ZodType<{ type: string; payload: unknown }>> = { content: CStoBGRequest, page: PageToBGRequest };
const TYPES: Record<SenderKind, Set<string>> = {
  content: new Set(CStoBGRequest.options.map((o) => o.shape.type.value)),
  page: new Set(PageToBGRequest.options.map((o) => o.shape.type.value)),
};

/** Who really sent it: our own page (an extension URL), a content script (in a tab), or neither. */
export function senderKindOf(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (sender.id !== undefined && sender.id !== extensionId) return null;
  if (sender.url?.startsWith(extensionOrigin)) return 'page';
  if (sender.tab) return 'content';
  return null;
}

/** The request, validated; throws with a plain reason when it may not be answered. */
export function admit(message: unknown, sender: SenderInfo, extensionId: string, extensionOrigin: string): { type: string; payload: unknown; from: SenderKind } {
  const envelope = (typeof message === 'object' && message !== null ? message : {}) as { type?: unknown; from?: unknown };
  const type = String(envelope.type);
  const expected: SenderKind | null = TYPES.content.has(type) ? 'content' : TYPES.page.has(type) ? 'page' : null;
  if (!expected) throw new Error(`unknown message type "${type.slice(0, 60)}"`);
  const actual = senderKindOf(sender, extensionId, extensionOrigin);
  if (envelope.from !== expected || actual !== expected) {
    throw new Error(`${type} may only come from ${expected === 'content' ? 'a content script' : 'an extension page'} (this came from ${actual ?? 'an unknown sender'})`);
  }
  const parsed = SCHEMAS[expected].safeParse(message);
  if (!parsed.success) throw new Error(describeIssues(parsed.error).slice(0, 3).join('; '));
  return { ...parsed.data, from: expected };
}
