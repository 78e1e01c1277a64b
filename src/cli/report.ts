/**
 * Audit output: one JSON line per ticket, a readable table, and — when rows carry labels —
 * agreement, a confusion matrix and the disagreeing tickets with the rules that fired.
 */
import type { DestinationId, Severity } from '../policy/primitives';
import { DESTINATION_IDS } from '../policy/primitives';
import type { Suggestion } from '../triage/types';
import { decideFacts, type TablePolicy } from '../triage/decide';
import { valuesOf } from '../triage/facts';
import { SECOND_READING_ID } from '../triage/second-reading-id';
import { clipShown, escapeControls } from './escape';
import type { AuditRow } from './input';

export interface AuditResult {
  row: AuditRow;
  suggestion: Suggestion;
}

export interface OutputLine {
  id: string;
  severity: Severity;
  destination: DestinationId;
  emotion_flag: boolean;
  triggers: string[];
  rules: { id: string; quote: string | null }[];
  /** The deciding facts asked because no rule set the level. */
  asks: string[];
}

export function toOutputLine({ row, suggestion }: AuditResult): OutputLine {
  return {
    id: row.id,
    severity: suggestion.severity,
    destination: suggestion.destination,
    emotion_flag: suggestion.emotionFlag,
    triggers: suggestion.triggers,
    rules: suggestion.rules.map((r) => ({ id: r.id, quote: r.evidence[0]?.quote ?? null })),
    asks: suggestion.asks ?? [],
  };
}

export interface Agreement {
  labelled: number;
  severityExact: number;
  severityWithinOne: number;
  /** Rows that carry a destination label. */
  destinationLabelled: number;
  destinationExact: number;
  /** Labelled Sev 1 suggested as Sev 3 or 4. */
  sev1Under: number;
  /** Labelled tickets whose level was the default, with the deciding facts asked; of them labelled Sev 1–2, and labelled Sev 1 suggested below Sev 2. */
  asked: number;
  askedSerious: number;
  askedSev1Under: number;
  /** confusion[labelled-1][suggested-1]. */
  confusion: number[][];
  disagreements: AuditResult[];
  /** Labelled tickets the second reading raised, and how many of those the label agrees with. */
  secondRaised: number;
  secondRaisedExact: number;
  secondLowered: number;
  secondLoweredExact: number;
}

/** The decision table on the read facts against the engine's own level (and the labels): how often confirming the facts changes nothing. */
export interface FactsAgreement {
  tickets: number;
  severity: number;
  destination: number;
  labelled: number;
  labelSeverity: number;
}

export function factsAgreementOf(results: AuditResult[], policy: TablePolicy): FactsAgreement {
  const a: FactsAgreement = { tickets: 0, severity: 0, destination: 0, labelled: 0, labelSeverity: 0 };
  for (const { row, suggestion } of results) {
    const table = decideFacts(valuesOf(suggestion.facts), suggestion.routes, policy);
    if (!table) continue;
    a.tickets++;
    if (table.severity === suggestion.severity) a.severity++;
    if (table.destination === suggestion.destination) a.destination++;
    if (row.label) {
      a.labelled++;
      if (table.severity === Math.min(row.label.severity, policy.scale)) a.labelSeverity++;
    }
  }
  return a;
}

export function agreementOf(results: AuditResult[], levels: number): Agreement {
  const confusion = Array.from({ length: levels }, () => Array.from({ length: levels }, () => 0));
  const a: Agreement = { labelled: 0, severityExact: 0, severityWithinOne: 0, destinationLabelled: 0, destinationExact: 0, sev1Under: 0, asked: 0, askedSerious: 0, askedSev1Under: 0, confusion, disagreements: [], secondRaised: 0, secondRaisedExact: 0, secondLowered: 0, secondLoweredExact: 0 };
  for (const r of results) {
    const label = r.row.label;
    if (!label) continue;
    a.labelled++;
    const want = Math.min(label.severity, levels);
    const got = r.suggestion.severity;
    if (want === got) a.severityExact++;
    if (Math.abs(want - got) <= 1) a.severityWithinOne++;
    if (want === 1 && got > 2) a.sev1Under++;
    if (r.suggestion.asks?.length) {
      a.asked++;
      if (want <= 2) a.askedSerious++;
      if (want === 1 && got > 2) a.askedSev1Under++;
    }
    const second = r.suggestion.rules.find((rule) => rule.id === SECOND_READING_ID);
    if (second?.effect === 'raise') {
      a.secondRaised++;
      if (want === got) a.secondRaisedExact++;
    } else if (second) {
      a.secondLowered++;
      if (want === got) a.secondLoweredExact++;
    }
    const cell = confusion[want - 1];
    if (cell) cell[got - 1] = (cell[got - 1] ?? 0) + 1;
    let destOk = true;
    if (label.destination) {
      a.destinationLabelled++;
      destOk = label.destination === r.suggestion.destination;
      if (destOk) a.destinationExact++;
    }
    if (want !== got || !destOk) a.disagreements.push(r);
  }
  return a;
}

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);

// Ticket text is hostile: every value is escaped before it is clipped or padded.
const clip = clipShown;
const shown = (text: string) => escapeControls(text);

export function formatAgreement(a: Agreement, levels: number, facts?: FactsAgreement): string {
  if (a.labelled === 0) return '';
  const out: string[] = [];
  out.push(`Agreement on ${a.labelled} labelled tickets`);
  out.push(`  severity exact:      ${a.severityExact}/${a.labelled} (${pct(a.severityExact, a.labelled)})`);
  out.push(`  severity within one: ${a.severityWithinOne}/${a.labelled} (${pct(a.severityWithinOne, a.labelled)})`);
  out.push(`  destination exact:   ${a.destinationExact}/${a.destinationLabelled} (${pct(a.destinationExact, a.destinationLabelled)})`);
  out.push(`  labelled Sev 1 suggested below Sev 2: ${a.sev1Under}`);
  out.push(`  deciding facts asked (no rule set the level): ${a.asked}, labelled Sev 1–2 among them: ${a.askedSerious}, labelled Sev 1 suggested below Sev 2 and asked: ${a.askedSev1Under}`);
  if (facts && facts.tickets) {
    out.push(`  decision table on the read facts = the engine: severity ${facts.severity}/${facts.tickets} (${pct(facts.severity, facts.tickets)}), destination ${facts.destination}/${facts.tickets} (${pct(facts.destination, facts.tickets)})`);
    out.push(`  decision table on the read facts = the label: severity ${facts.labelSeverity}/${facts.labelled} (${pct(facts.labelSeverity, facts.labelled)})`);
  }
  if (a.secondRaised) out.push(`  raised by the second reading: ${a.secondRaised} (the label agrees on ${a.secondRaisedExact})`);
  if (a.secondLowered) out.push(`  lowered by the second reading: ${a.secondLowered} (the label agrees on ${a.secondLoweredExact})`);
  out.push('');
  out.push('Confusion (rows: label, columns: suggested)');
  out.push(`         ${Array.from({ length: levels }, (_, i) => `Sev${i + 1}`.padStart(6)).join('')}`);
  a.confusion.forEach((row, i) => out.push(`  Sev${i + 1}  ${row.map((n) => String(n).padStart(6)).join('')}`));
  if (a.disagreements.length) {
    out.push('');
    out.push(`Disagreements (${a.disagreements.length})`);
    for (const d of a.disagreements) {
      const label = d.row.label;
      const s = d.suggestion;
      out.push(
        `- ${shown(d.row.id)} (line ${d.row.line}): label Sev${label?.severity}/${label?.destination ?? '-'}, suggested Sev${s.severity}/${shown(s.destination)}`,
      );
      const text = d.row.input.subject ? `${d.row.input.subject}: ` : '';
      out.push(`    ${clip(text + (d.row.input.messages.map((m) => m.text).join(' | ') || ''), 160)}`);
      const rules = s.rules.map((r) => `${shown(r.id)}${r.evidence[0] ? ` "${clip(r.evidence[0].quote, 40)}"` : ''}`);
      out.push(`    rules: ${rules.length ? rules.join(', ') : '(none)'}`);
    }
  }
  return out.join('\n');
}

export function formatTable(results: AuditResult[]): string {
  const lines: string[] = [];
  const head = ['id', 'sev', 'destination', 'emo', 'conf', 'summary'];
  const rows = results.map(({ row, suggestion: s }) => [
    clip(row.id, 14),
    `${s.severity}`,
    shown(s.destination),
    s.emotionFlag ? 'yes' : '',
    s.confidence.toFixed(2),
    clip(s.summary, 90),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ');
  lines.push(fmt(head));
  lines.push(widths.map((w, i) => '-'.repeat(i === widths.length - 1 ? 7 : w)).join('  '));
  for (const r of rows) lines.push(fmt(r));
  const byDest = new Map<string, number>();
  for (const { suggestion } of results) byDest.set(suggestion.destination, (byDest.get(suggestion.destination) ?? 0) + 1);
  lines.push('');
  lines.push(`${results.length} tickets; by destination: ${DESTINATION_IDS.filter((d) => byDest.has(d)).map((d) => `${d} ${byDest.get(d)}`).join(', ')}`);
  return lines.join('\n');
}
