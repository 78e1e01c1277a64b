/**
 * The shared-record line: the last line of the escalation note, which carries the case to
 * every teammate's Tierline through the ticket itself (all other data stays in each agent's
 * browser). One compact line a person can read and Tierline can parse back:
 *
 *   [tierline-case v1] ref=TL-639656-20261123-1512; level=1 Critical; dest=engineering Engineering; owner=Priya Nair; ask=fix; deadline=2026-11-23T15:27:00Z; at=2026-11-23T15:12:00Z; by=Alex Morgan; move=escalation; sum=1a2b3c4d
 *
 * Strict: the version tag, then every key once, in this order; times in UTC ISO 8601 to the
 * second; bounded lengths; printable characters only (";", "=", "[" and "]" never inside a
 * value: a name holding one is written with a space instead); the line at most
 * MAX_RECORD_CHARS. `sum` is a checksum of the rest (FNV-1a): it catches an edited or cut
 * line, not a forger (anyone can compute it) — which is why only internal notes count, and
 * why the note defangs the tag in any ticket text it quotes.
 */
import type { Ask, DestinationId, Severity } from '../policy/primitives';
import type { TicketSnapshot } from '../ticket/snapshot';

// As in src/policy/primitives.ts (a test holds them equal); not imported, which would bring zod into the UI bundle.
export const RECORD_ASKS: readonly Ask[] = ['investigate', 'fix', 'decide', 'approve exception'];
export const RECORD_DESTINATIONS: readonly DestinationId[] = ['support', 'l2', 'engineering', 'product', 'security', 'leadership'];
const ASKS = RECORD_ASKS;
const DESTINATION_IDS = RECORD_DESTINATIONS;

export const RECORD_TAG = '[tierline-case v1]';
export const MAX_RECORD_CHARS = 600;

export interface CaseRecord {
  /** The case reference told to the customer ("TL-639656-20261123-1512"). */
  ref: string;
  level: Severity;
  levelName: string;
  destination: Exclude<DestinationId, 'support'>;
  destinationName: string;
  owner: string;
  ask: Ask;
  /** ISO 8601; written in UTC to the second. */
  deadline: string;
  /** When it was escalated, ISO 8601. */
  escalatedAt: string;
  escalatedBy: string;
  /** Up a tier, or to another team at the same tier (domain.md section 3). */
  move: 'escalation' | 'transfer';
}

export type ParsedRecord = { ok: true; record: CaseRecord } | { ok: false; reason: string };

const KEYS = ['ref', 'level', 'dest', 'owner', 'ask', 'deadline', 'at', 'by', 'move', 'sum'] as const;
const LIMIT = { ref: 40, name: 40, person: 80 };
const REF = /^[A-Za-z0-9][A-Za-z0-9._#-]{0,39}$/;
const NAME = /^[^\s;=[\]](?:[^;=[\]\n]*[^\s;=[\]])?$/;
const UTC_SECOND = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\dZ$/;
// Control characters, line and paragraph separators, bidirectional overrides and zero-width characters.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

/** "TL-639656-20261123-1512": the ticket's number (or id) and the minute it was escalated, in UTC. */
export function caseReference(snapshot: Pick<TicketSnapshot, 'ticketNumber' | 'ticketId'>, escalatedAt: string | number): string {
  const at = new Date(escalatedAt);
  const stamp = Number.isNaN(at.getTime()) ? '0' : at.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  const ticket = (snapshot.ticketNumber ?? snapshot.ticketId ?? '').replace(/[^A-Za-z0-9]/g, '').slice(0, 16) || 'X';
  return `TL-${ticket}-${stamp}`;
}

/** The line for a case. Names are tidied to fit the format; a wrong level, route, ask or time is a caller's error and throws. */
export function renderRecordLine(record: CaseRecord): string {
  if (!REF.test(record.ref)) throw new RangeError(`case reference "${record.ref}" must be 1–40 letters, digits and . _ # -`);
  if (![1, 2, 3, 4].includes(record.level)) throw new RangeError(`level ${record.level} is not 1–4`);
  if (!(DESTINATION_IDS as readonly string[]).includes(record.destination) || record.destination === ('support' as string)) throw new RangeError(`destination "${record.destination}" is not a handoff route`);
  if (!(ASKS as readonly string[]).includes(record.ask)) throw new RangeError(`ask "${record.ask}" is not one of ${ASKS.join(', ')}`);
  if (record.move !== 'escalation' && record.move !== 'transfer') throw new RangeError(`move "${record.move}" is not escalation or transfer`);
  const body = [
    `ref=${record.ref}`,
    `level=${record.level} ${tidy(record.levelName, LIMIT.name) || `Sev ${record.level}`}`,
    `dest=${record.destination} ${tidy(record.destinationName, LIMIT.name) || record.destination}`,
    `owner=${tidy(record.owner, LIMIT.person) || 'unnamed'}`,
    `ask=${record.ask}`,
    `deadline=${utc(record.deadline, 'deadline')}`,
    `at=${utc(record.escalatedAt, 'escalatedAt')}`,
    `by=${tidy(record.escalatedBy, LIMIT.person) || 'unnamed'}`,
    `move=${record.move}`,
  ].join('; ');
  return `${RECORD_TAG} ${body}; sum=${checksum(body)}`;
}

/** Parse one line (the whole line, nothing around it). Never throws. */
export function parseRecordLine(text: string): ParsedRecord {
  if (typeof text !== 'string') return { ok: false, reason: 'not text' };
  if (text.length > MAX_RECORD_CHARS) return { ok: false, reason: `longer than ${MAX_RECORD_CHARS} characters` };
  // What a page's text gives back for the spaces we wrote.
  const line = text.replace(/[\u00a0\u202f]/g, ' ').trim();
  if (!line.startsWith(`${RECORD_TAG} `)) return { ok: false, reason: line.toLowerCase().startsWith('[tierline-case ') ? 'unsupported version' : 'not a record line' };
  if (UNPRINTABLE.test(line)) return { ok: false, reason: 'control or invisible characters' };
  const parts = line.slice(RECORD_TAG.length + 1).split('; ');
  if (parts.length !== KEYS.length) return { ok: false, reason: `expected ${KEYS.length} fields, found ${parts.length}` };
  const values: Partial<Record<(typeof KEYS)[number], string>> = {};
  for (let i = 0; i < KEYS.length; i++) {
    const key = KEYS[i]!;
    const part = parts[i]!;
    if (!part.startsWith(`${key}=`)) return { ok: false, reason: `field ${i + 1} should be "${key}"` };
    values[key] = part.slice(key.length + 1);
  }
  const body = parts.slice(0, -1).join('; ');
  if (!/^[0-9a-f]{8}$/.test(values.sum!) || values.sum !== checksum(body)) return { ok: false, reason: 'checksum does not match (edited or cut)' };

  if (!REF.test(values.ref!)) return { ok: false, reason: 'bad ref' };
  const level = /^([1-4]) (.+)$/.exec(values.level!);
  if (!level || !isName(level[2]!, LIMIT.name)) return { ok: false, reason: 'bad level' };
  const dest = /^([a-z][a-z0-9]*) (.+)$/.exec(values.dest!);
  if (!dest || !(DESTINATION_IDS as readonly string[]).includes(dest[1]!) || dest[1] === 'support' || !isName(dest[2]!, LIMIT.name)) return { ok: false, reason: 'bad dest' };
  if (!isName(values.owner!, LIMIT.person)) return { ok: false, reason: 'bad owner' };
  if (!(ASKS as readonly string[]).includes(values.ask!)) return { ok: false, reason: 'bad ask' };
  for (const key of ['deadline', 'at'] as const) if (!UTC_SECOND.test(values[key]!) || Number.isNaN(Date.parse(values[key]!)) || new Date(values[key]!).toISOString().slice(0, 19) !== values[key]!.slice(0, 19)) return { ok: false, reason: `bad ${key}` };
  if (!isName(values.by!, LIMIT.person)) return { ok: false, reason: 'bad by' };
  if (values.move !== 'escalation' && values.move !== 'transfer') return { ok: false, reason: 'bad move' };
  return {
    ok: true,
    record: {
      ref: values.ref!,
      level: Number(level[1]) as Severity,
      levelName: level[2]!,
      destination: dest[1] as CaseRecord['destination'],
      destinationName: dest[2]!,
      owner: values.owner!,
      ask: values.ask as Ask,
      deadline: values.deadline!,
      escalatedAt: values.at!,
      escalatedBy: values.by!,
      move: values.move,
    },
  };
}

export interface FoundRecord {
  record: CaseRecord;
  /** The internal note that carries it. */
  messageIndex: number;
}

/**
 * The newest valid record in the ticket's internal notes: the last note holding one, its last
 * such line. Customer messages and public replies are never read (a customer who types the
 * line gets nothing); a malformed or hostile line is skipped.
 */
export function findRecord(snapshot: Pick<TicketSnapshot, 'messages'>): FoundRecord | null {
  for (let i = snapshot.messages.length - 1; i >= 0; i--) {
    const message = snapshot.messages[i]!;
    if (message.author !== 'internal' || typeof message.text !== 'string' || !message.text.includes(RECORD_TAG)) continue;
    const lines = message.text.split(/\r\n|\r|\n/);
    for (let j = lines.length - 1; j >= 0; j--) {
      const line = lines[j]!;
      if (!line.includes(RECORD_TAG)) continue;
      const parsed = parseRecordLine(line);
      if (parsed.ok) return { record: parsed.record, messageIndex: i };
    }
  }
  return null;
}

function tidy(value: string, max: number): string {
  const text = String(value ?? '')
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g, ' ')
    .replace(/[;=[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return [...text].slice(0, max).join('').trim();
}

function isName(value: string, max: number): boolean {
  return value.length > 0 && [...value].length <= max && NAME.test(value) && !/\s{2}/.test(value);
}

function utc(value: string, what: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new RangeError(`${what} "${value}" is not a date and time`);
  return `${new Date(time).toISOString().slice(0, 19)}Z`;
}

/** FNV-1a, 32 bits, over UTF-16 code units, as 8 hex digits. */
function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
