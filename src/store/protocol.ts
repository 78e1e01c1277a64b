/**
 * The one message map between content scripts, the background and extension pages.
 * Names say direction: CS→BG requests are answered by the background; BG→CS requests by
 * the content script of a tab. Types only here (zod-free, safe for content scripts); the
 * background validates every CS→BG request with ./protocol-schema.ts.
 */
import type { DestinationId, Severity } from '../policy/primitives';
import type { SelectorHealth, TicketSnapshot } from '../ticket/snapshot';
import type { Suggestion } from '../triage/types';

/** What the sidebar needs to know of the policy to display and override. */
export interface PolicySummary {
  name: string;
  scale: 3 | 4;
  levels: { level: Severity; name: string }[];
  destinations: { id: DestinationId; name: string }[];
  /** "team", "default", or "default (team policy invalid: …)". */
  source: string;
}

export interface TriageReply {
  suggestion: Suggestion;
  policy: PolicySummary;
  /** The agent's stored override for this ticket, if any. */
  override: { severity: Severity; destination: DestinationId; reason: string; at: number } | null;
}

export interface CStoBG {
  /** A ticket was read: triage it against the team policy and the recent history. */
  'ticket/triage': { request: { key: string; snapshot: TicketSnapshot }; response: TriageReply };
  /** The agent chose another level or destination, with a reason. */
  'ticket/override': {
    request: { key: string; severity: Severity; destination: DestinationId; reason: string; suggested: { severity: Severity; destination: DestinationId } };
    response: { saved: true };
  };
  /** A ticket page was found: inject the sidebar UI (sidebar-ui.js) into the sender's frame. */
  'ui/load': { request: Record<string, never>; response: { loaded: true } };
  /** Ticket-list badges: what is known of these tickets (keys not seen before are absent). */
  'tickets/known': {
    request: { keys: string[] };
    response: Record<string, { severity: Severity; levelName: string; destination: DestinationId }>;
  };
}

export interface PageReport {
  adapter: string | null;
  adapterName: string | null;
  isTicketPage: boolean;
  url: string;
  title: string;
  /** The selectors this kind of page (ticket or list) must have. */
  health: SelectorHealth[];
  /** The editor's selectors: found only while the reply/note editor is open. */
  composer: SelectorHealth[];
  problems: string[];
  snapshot: TicketSnapshot | null;
}

export interface BGtoCS {
  'sidebar/toggle': { request: Record<string, never>; response: { collapsed: boolean } };
  /** The popup's "diagnose this page": every selector with found / not found. */
  'page/diagnose': { request: Record<string, never>; response: PageReport };
  /** Read this page with the generic reader (popup: "Read this page"). */
  'page/use-generic': { request: Record<string, never>; response: { ok: boolean } };
}

export type Envelope<Map, K extends keyof Map> = { type: K; payload: Map[K] extends { request: infer R } ? R : never };
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };
export type RequestOf<Map, K extends keyof Map> = Map[K] extends { request: infer R } ? R : never;
export type ResponseOf<Map, K extends keyof Map> = Map[K] extends { response: infer R } ? R : never;
