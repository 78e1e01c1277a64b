/**
 * Messages to the customer (domain.md section 8: acknowledgment, progress update, handoff,
 * resolution) from the policy's templates, with {placeholders} filled from the case.
 *
 * What the customer may see is decided here, not by the caller: only the fields of
 * CustomerCase are read (whatever else the object carries, such as checklist answers or
 * internal notes, is never looked at), and a template can only name the placeholders in
 * CUSTOMER_PLACEHOLDERS (the policy schema refuses any other). The texts the agent gives
 * (issue, progress, fixed, …) are written for the customer in the sidebar, never copied from
 * the checklist.
 *
 * A paragraph whose optional placeholder has no value is left out; a required one without a
 * value stays as "{name}" and is listed in `missing` (the sidebar does not insert until it is
 * filled). Zod-free.
 */
import { formatDuration } from '../policy/format';
import type { DestinationId, Policy, Severity } from '../policy/schema';
import { escapeHtml } from './escape';
import type { CaseRecord } from './record-line';

export type CustomerMessageKind = 'acknowledgment' | 'progress' | 'handoff' | 'resolution';

export interface CustomerCase {
  /** The case reference ("TL-639656-20261123-1512", from caseReference()). */
  ref: string;
  level: Severity;
  destination: DestinationId | string;
  customerName?: string;
  /** The issue restated for the customer, in your words. */
  issue?: string;
  /** Its impact restated for the customer. */
  impact?: string;
  /** The receiving team's name as told to the customer; the destination's name when omitted. */
  teamName?: string;
  ownerName?: string;
  ownerRole?: string;
  ownerExpertise?: string;
  /** How to reach the new owner. */
  ownerContact?: string;
  /** Who sends the message. */
  agentName?: string;
  progress?: string;
  nextStep?: string;
  nextUpdate?: string;
  fixed?: string;
  done?: string;
  prevention?: string;
}

export interface CustomerMessage {
  text: string;
  /** Escaped HTML, one paragraph per block, for rich reply editors. */
  html: string;
  /** Required placeholders without a value. */
  missing: string[];
}

export type CustomerMessagePolicy = Pick<Policy, 'levels' | 'destinations' | 'handoff'>;

const REQUIRED: Record<CustomerMessageKind, string[]> = {
  acknowledgment: ['issue', 'team', 'response_time', 'case_ref'],
  progress: ['case_ref', 'progress', 'next_step', 'next_update'],
  handoff: ['owner_name', 'owner_role', 'case_ref', 'response_time'],
  resolution: ['case_ref', 'fixed', 'done'],
};
const FALLBACK: Record<string, string> = { customer_name: 'there', agent_name: 'The support team' };
const MAX_VALUE = 2_000;

export function renderCustomerMessage(policy: CustomerMessagePolicy, kind: CustomerMessageKind, c: CustomerCase): CustomerMessage {
  const template = policy.handoff.customerMessages[kind];
  const level = policy.levels.find((l) => l.level === c.level);
  const destination = policy.destinations.find((d) => d.id === c.destination);
  const values: Record<string, string> = {
    customer_name: c.customerName,
    issue: c.issue,
    impact: c.impact,
    team: c.teamName ?? destination?.name,
    response_time: level ? formatDuration(level[policy.handoff.deadlineFrom]) : undefined,
    update_interval: level ? formatDuration(level.customerUpdate) : undefined,
    case_ref: c.ref,
    owner_name: c.ownerName,
    owner_role: c.ownerRole,
    owner_expertise: c.ownerExpertise,
    owner_contact: c.ownerContact,
    agent_name: c.agentName,
    progress: c.progress,
    next_step: c.nextStep,
    next_update: c.nextUpdate,
    fixed: c.fixed,
    done: c.done,
    prevention: c.prevention,
  } as Record<string, string>;
  const value = (name: string): string | null => {
    const raw = Object.hasOwn(values, name) ? values[name] : undefined;
    const text = typeof raw === 'string' ? clean(raw) : '';
    return text || (Object.hasOwn(FALLBACK, name) ? FALLBACK[name]! : null);
  };

  const missing = new Set<string>();
  const paragraphs: string[] = [];
  for (const paragraph of template.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    let dropped = false;
    const filled = paragraph.replace(/\{([^{}]*)\}/g, (whole, name: string) => {
      const v = value(name);
      if (v !== null) return v;
      if (REQUIRED[kind].includes(name)) {
        missing.add(name);
        return whole;
      }
      dropped = true;
      return '';
    });
    if (!dropped && filled.trim()) paragraphs.push(filled.trim());
  }
  const text = paragraphs.join('\n\n');
  const html = paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('');
  return { text, html, missing: [...missing] };
}

/** Control characters out, braces out (a value never becomes a placeholder), bounded. */
function clean(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
    .replace(/[{}]/g, '')
    .trim()
    .slice(0, MAX_VALUE);
}

/** What the agent writes for the customer in the sidebar (never copied from the thread; the owner's role starts from the checklist's "told to the customer" answer). */
export type CustomerWritten = Pick<CustomerCase, 'issue' | 'impact' | 'ownerRole' | 'ownerExpertise' | 'ownerContact' | 'progress' | 'nextStep' | 'nextUpdate' | 'fixed' | 'done' | 'prevention'>;

/** The fields each kind of message asks the agent to write, in the order the template uses them. */
export const WRITTEN_FIELDS: Record<CustomerMessageKind, (keyof CustomerWritten)[]> = {
  acknowledgment: ['issue', 'impact'],
  progress: ['progress', 'nextStep', 'nextUpdate'],
  handoff: ['ownerRole', 'ownerExpertise', 'ownerContact'],
  resolution: ['fixed', 'done', 'prevention'],
};

/**
 * The customer-facing case from the shared record (reference, level, receiving team, owner)
 * and what the agent wrote for the customer. Only these are read: the record's own fields,
 * the requester's and the sender's names, and `written` by its known keys.
 */
export function customerCaseOf(record: CaseRecord, people: { customerName?: string | undefined; agentName?: string | undefined }, written: CustomerWritten): CustomerCase {
  const out: CustomerCase = { ref: record.ref, level: record.level, destination: record.destination, teamName: record.destinationName };
  // "unnamed" is the record's stand-in for no owner: the customer must never be introduced to it.
  if (record.owner && record.owner !== 'unnamed') out.ownerName = record.owner;
  if (people.customerName) out.customerName = people.customerName;
  if (people.agentName) out.agentName = people.agentName;
  for (const key of Object.values(WRITTEN_FIELDS).flat()) {
    const value = written[key];
    if (typeof value === 'string' && value.trim()) out[key] = value;
  }
  return out;
}
