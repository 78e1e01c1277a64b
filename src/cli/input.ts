/**
 * Audit input: JSONL (one ticket per line) or a helpdesk CSV export, turned into engine
 * inputs plus an optional label. Bad rows become messages naming the line and the field;
 * the other rows still go through.
 */
import type { DestinationId, Severity } from '../policy/primitives';
import { DESTINATION_IDS } from '../policy/primitives';
import type { TriageInput } from '../triage/types';
import { parseCsv, sniffDelimiter } from './csv';
import { clipShown, escapeControls } from './escape';

// A field value quoted in a problem line: escaped (newlines too), at most 40 characters.
const quoted = (value: string) => clipShown(value, 40, { flatten: false });

export interface Label {
  severity: Severity;
  destination?: DestinationId;
}

export interface AuditRow {
  id: string;
  line: number;
  input: TriageInput;
  label?: Label;
}

export interface InputProblem {
  line: number;
  message: string;
}

export interface ParsedInput {
  format: 'jsonl' | 'csv';
  rows: AuditRow[];
  problems: InputProblem[];
}

const AUTHORS = new Set(['customer', 'agent', 'internal']);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function detectFormat(fileName: string, text: string): 'jsonl' | 'csv' {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.tsv')) return 'csv';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson') || lower.endsWith('.json')) return 'jsonl';
  const first = text.replace(/^\uFEFF/, '').trimStart();
  return first.startsWith('{') ? 'jsonl' : 'csv';
}

export function parseInput(fileName: string, text: string, now: number): ParsedInput {
  const format = detectFormat(fileName, text);
  return format === 'jsonl' ? { format, ...parseJsonl(text) } : { format, ...parseCsvTickets(text, now) };
}

function parseLabel(value: unknown, where: string): Label | string {
  if (!isObject(value)) return `${where}: expected an object {"severity", "destination"}`;
  const sev = value.severity;
  if (sev !== 1 && sev !== 2 && sev !== 3 && sev !== 4) return `${where}.severity: expected 1, 2, 3 or 4`;
  const label: Label = { severity: sev };
  if (value.destination !== undefined) {
    if (typeof value.destination !== 'string' || !(DESTINATION_IDS as readonly string[]).includes(value.destination)) {
      return `${where}.destination: expected one of ${DESTINATION_IDS.join(', ')}`;
    }
    label.destination = value.destination as DestinationId;
  }
  return label;
}

/** One JSONL object → row, or a message naming the field. */
export function rowFromJson(data: unknown, line: number): AuditRow | string {
  if (!isObject(data)) return 'expected a JSON object';
  const id = data.id;
  if (typeof id !== 'string' && typeof id !== 'number') return 'field "id": required (string or number)';
  if (!Array.isArray(data.messages)) return 'field "messages": required (array of {author, text})';
  const messages: TriageInput['messages'] = [];
  for (let i = 0; i < data.messages.length; i++) {
    const m: unknown = data.messages[i];
    if (!isObject(m)) return `field "messages[${i}]": expected an object`;
    if (typeof m.text !== 'string') return `field "messages[${i}].text": required string`;
    const author = m.author ?? 'customer';
    if (typeof author !== 'string' || !AUTHORS.has(author)) return `field "messages[${i}].author": expected customer, agent or internal`;
    messages.push({ author: author as 'customer' | 'agent' | 'internal', text: m.text });
  }
  const input: TriageInput = { messages };
  if (data.subject !== undefined) {
    if (typeof data.subject !== 'string') return 'field "subject": expected a string';
    input.subject = data.subject;
  }
  if (data.requester !== undefined && data.requester !== null) {
    if (!isObject(data.requester)) return 'field "requester": expected an object';
    const r: NonNullable<TriageInput['requester']> = {};
    for (const k of ['name', 'email', 'org', 'plan'] as const) {
      const v = data.requester[k];
      if (v === undefined || v === null) continue;
      if (typeof v !== 'string') return `field "requester.${k}": expected a string`;
      r[k] = v;
    }
    input.requester = r;
  }
  if (data.tags !== undefined) {
    if (!Array.isArray(data.tags) || data.tags.some((t) => typeof t !== 'string')) return 'field "tags": expected an array of strings';
    input.tags = data.tags as string[];
  }
  if (data.created_minutes_ago !== undefined && data.created_minutes_ago !== null) {
    if (typeof data.created_minutes_ago !== 'number' || !Number.isFinite(data.created_minutes_ago) || data.created_minutes_ago < 0) {
      return 'field "created_minutes_ago": expected a non-negative number';
    }
    input.ageMinutes = data.created_minutes_ago;
  }
  const row: AuditRow = { id: String(id), line, input };
  if (data.label !== undefined && data.label !== null) {
    const label = parseLabel(data.label, 'field "label"');
    if (typeof label === 'string') return label;
    row.label = label;
  }
  return row;
}

export function parseJsonl(text: string): { rows: AuditRow[]; problems: InputProblem[] } {
  const rows: AuditRow[] = [];
  const problems: InputProblem[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) return;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch (error) {
      problems.push({ line, message: `not valid JSON (${escapeControls((error as Error).message)})` });
      return;
    }
    const row = rowFromJson(data, line);
    if (typeof row === 'string') problems.push({ line, message: row });
    else rows.push(row);
  });
  return { rows, problems };
}

// Header names seen in Zendesk and Freshdesk exports (and a few common variants), normalised.
const COLUMNS: Record<string, string[]> = {
  id: ['id', 'ticket id', 'ticketid', 'ticket', 'ticket number', '#', 'number'],
  subject: ['subject', 'title', 'summary'],
  body: ['description', 'body', 'description text', 'message', 'first message', 'comment', 'text', 'content', 'ticket description', 'details'],
  priority: ['priority', 'ticket priority', 'severity'],
  tags: ['tags', 'tag', 'labels'],
  org: ['organization', 'organisation', 'organization name', 'company', 'company name', 'account', 'requester organization', 'customer'],
  name: ['requester', 'requester name', 'contact', 'contact name', 'full name', 'name', 'customer name'],
  email: ['requester email', 'email', 'contact email', 'requester e-mail'],
  plan: ['plan', 'account plan', 'tier', 'customer tier', 'subscription'],
  created: ['created at', 'created', 'created time', 'created date', 'date created', 'opened', 'created on', 'creation date'],
  status: ['status', 'ticket status'],
  destination: ['destination', 'route', 'expected destination', 'label destination'],
};

const PRIORITY: Record<string, Severity> = { urgent: 1, critical: 1, high: 2, normal: 3, medium: 3, low: 4 };

export function priorityToSeverity(value: string): Severity | undefined {
  const v = value.trim().toLowerCase();
  if (PRIORITY[v] !== undefined) return PRIORITY[v];
  const n = /^(?:p|sev ?)?([1-4])$/.exec(v);
  return n ? (Number(n[1]) as Severity) : undefined;
}

export function parseCsvTickets(text: string, now: number): { rows: AuditRow[]; problems: InputProblem[] } {
  const table = parseCsv(text, sniffDelimiter(text.replace(/^\uFEFF/, '')));
  const problems: InputProblem[] = [];
  const rows: AuditRow[] = [];
  const header = table[0];
  if (!header) return { rows, problems: [{ line: 1, message: 'empty CSV: no header row' }] };
  const names = header.fields.map((h) => h.trim().toLowerCase().replace(/[_]+/g, ' ').replace(/\s+/g, ' '));
  const col: Record<string, number> = {};
  for (const [key, aliases] of Object.entries(COLUMNS)) {
    const idx = names.findIndex((n) => aliases.includes(n));
    if (idx !== -1) col[key] = idx;
  }
  if (col.subject === undefined && col.body === undefined) {
    return { rows, problems: [{ line: header.line, message: `no Subject or Description/Body column in the header (${header.fields.map((f) => quoted(f)).join(', ')})` }] };
  }
  for (let r = 1; r < table.length; r++) {
    const row = table[r] as (typeof table)[number];
    const get = (key: string) => (col[key] === undefined ? '' : (row.fields[col[key] as number] ?? '').trim());
    const subject = get('subject');
    const body = get('body');
    if (!subject && !body) {
      problems.push({ line: row.line, message: 'column "Subject"/"Description": both empty' });
      continue;
    }
    const input: TriageInput = { messages: body ? [{ author: 'customer', text: body }] : [] };
    if (subject) input.subject = subject;
    const requester: NonNullable<TriageInput['requester']> = {};
    if (get('org')) requester.org = get('org');
    if (get('name')) requester.name = get('name');
    if (get('email')) requester.email = get('email');
    if (get('plan')) requester.plan = get('plan');
    if (Object.keys(requester).length) input.requester = requester;
    const tags = get('tags');
    if (tags) input.tags = tags.split(tags.includes(',') ? ',' : /\s+/).map((t) => t.trim()).filter(Boolean);
    if (get('status')) input.status = get('status');
    const created = get('created');
    if (created) {
      const at = Date.parse(created);
      if (Number.isNaN(at)) {
        problems.push({ line: row.line, message: `column "Created at": cannot read "${quoted(created)}" as a date (row kept, no stalled check)` });
      } else input.ageMinutes = Math.max(0, (now - at) / 60_000);
    }
    const audit: AuditRow = { id: get('id') || `row-${r}`, line: row.line, input };
    const priority = get('priority');
    if (priority) {
      input.priority = priority;
      const severity = priorityToSeverity(priority);
      if (severity === undefined) {
        problems.push({ line: row.line, message: `column "Priority": unknown value "${quoted(priority)}" (row kept, no label)` });
      } else {
        audit.label = { severity };
        const dest = get('destination').toLowerCase();
        if (dest && (DESTINATION_IDS as readonly string[]).includes(dest)) audit.label.destination = dest as DestinationId;
      }
    }
    rows.push(audit);
  }
  return { rows, problems };
}
