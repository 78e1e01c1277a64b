/**
 * Does this use of the helpdesk's own control escalate? The policy says which values mean
 * "this goes up or out" (policy.handoff.guard); this decides, purely, for one control and the
 * value the agent picked. The content script asks before the helpdesk sees the action.
 *
 * - group, department, mailbox, team, assignee, transfer: the value (or one part of it:
 *   "Engineering/Jane Doe", "Tier 2 - Billing") is a route's name, optionally followed by
 *   "team", "group", "queue", "inbox" or "department". A colleague in the same tier matches
 *   nothing and is never blocked.
 * - priority: the value (or a part: "Urgent (P1)") is one of the escalating priorities.
 * - status: the value holds one of the status words ("Escalated to L2"); a route named in it
 *   gives the destination.
 * - tag: the tag (case, "-", "_" and spaces alike) is an escalating tag or a route's tag.
 * With `previous`, a change that stays within what was already escalating (Urgent → High,
 * Engineering/Ann → Engineering/Bo) is not a new escalation.
 */
import type { DestinationId, Policy } from '../policy/schema';

export const GUARD_CONTROLS = ['group', 'department', 'mailbox', 'team', 'assignee', 'transfer', 'priority', 'status', 'tag'] as const;
export type GuardControl = (typeof GUARD_CONTROLS)[number];

export type GuardDecision = { escalates: false } | { escalates: true; destination?: DestinationId; matched: string };

export type GuardPolicy = Pick<Policy, 'handoff'>;

const MAX_VALUE = 300;
const SUFFIXES = ['team', 'group', 'queue', 'inbox', 'department', 'dept', 'mailbox'];
const NO: GuardDecision = { escalates: false };

export function guardDecision(policy: GuardPolicy, control: GuardControl, value: string, previous?: string): GuardDecision {
  const now = decide(policy, control, value);
  if (!now.escalates || previous === undefined) return now;
  const before = decide(policy, control, previous);
  if (before.escalates && before.destination === now.destination) return NO;
  return now;
}

function decide(policy: GuardPolicy, control: GuardControl, raw: string): GuardDecision {
  if (typeof raw !== 'string') return NO;
  const value = normal(raw.slice(0, MAX_VALUE));
  if (!value) return NO;
  const { guard } = policy.handoff;
  const routes = guard.routes.filter((r) => r.destination !== 'support');
  switch (control) {
    case 'priority': {
      const parts = new Set([value, ...segments(value)]);
      const hit = guard.priorities.find((p) => parts.has(normal(p)));
      return hit ? { escalates: true, matched: hit } : NO;
    }
    case 'status': {
      const hit = guard.statuses.find((s) => containsWords(value, normal(s)));
      if (!hit) return NO;
      const route = routes.find((r) => r.names.some((n) => containsWords(value, normal(n))));
      return route ? { escalates: true, destination: route.destination, matched: hit } : { escalates: true, matched: hit };
    }
    case 'tag': {
      const tag = tagForm(value);
      const route = routes.find((r) => r.tags.some((t) => tagForm(t) === tag));
      if (route) return { escalates: true, destination: route.destination, matched: route.tags.find((t) => tagForm(t) === tag)! };
      const hit = guard.tags.find((t) => tagForm(t) === tag);
      return hit ? { escalates: true, matched: hit } : NO;
    }
    default: {
      const parts = [value, ...segments(value)];
      for (const route of routes) {
        const hit = route.names.find((n) => parts.some((p) => namesMatch(p, normal(n))));
        if (hit) return { escalates: true, destination: route.destination, matched: hit };
      }
      return NO;
    }
  }
}

/** Lower case, compatibility forms folded, "&" as "and", controls and punctuation at the ends gone, spaces collapsed. */
function normal(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s*&\s*/g, ' and ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .trim();
}

/** Parts of a compound value: "engineering/jane doe", "tier 2 - billing", "urgent (p1)". */
function segments(value: string): string[] {
  return value
    .split(/\s*(?:[/\\>|,:;()[\]»→]|\s[-–—]\s)\s*/)
    .map(normal)
    .filter(Boolean);
}

function namesMatch(part: string, name: string): boolean {
  if (!name) return false;
  if (part === name) return true;
  return SUFFIXES.some((s) => part === `${name} ${s}`);
}

/** Words that turn "escalated" around: "De-escalated", "Not escalated", "Un-escalated". */
const NEGATIONS = new Set(['not', 'no', 'non', 'de', 'un']);

/** The phrase's words appear together, as whole words and not negated, in the value. */
function containsWords(value: string, phrase: string): boolean {
  if (!phrase) return false;
  const words = (s: string) => s.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const v = words(value);
  const p = words(phrase);
  if (!p.length) return false;
  for (let i = 0; i + p.length <= v.length; i++) if (p.every((w, j) => v[i + j] === w) && !NEGATIONS.has(v[i - 1] ?? '')) return true;
  return false;
}

function tagForm(tag: string): string {
  return normal(tag).replace(/[\s_-]+/g, '_');
}
