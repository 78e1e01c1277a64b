/**
 * The escalation note (domain.md section 5), rendered as plain text for textareas and the
 * clipboard and as HTML for rich editors. Ticket text is hostile: every value is escaped
 * before it goes into the HTML, and nothing is ever parsed from it.
 *
 * This first version fills what the ticket and the suggestion tell; the handoff checklist
 * supplies the rest (owner, ask, deadline, reproduction, …) and, until then, those lines
 * say "(to fill)".
 */
import type { TicketSnapshot } from '../ticket/snapshot';
import type { FiredRule } from '../triage/types';

export interface NoteInput {
  snapshot: TicketSnapshot;
  levelName: string;
  destinationName: string;
  rules: FiredRule[];
  /** Filled checklist answers by field id, when the handoff form provides them. */
  fields?: Record<string, string>;
}

export interface RenderedNote {
  text: string;
  html: string;
}

const TO_FILL = '(to fill)';
const NARRATIVE_CHARS = 600;

type Block = { heading?: string; lines: string[] };

export function renderNote({ snapshot, levelName, destinationName, rules, fields = {} }: NoteInput): RenderedNote {
  const field = (id: string) => fields[id]?.trim() || TO_FILL;
  const firstCustomer = snapshot.messages.find((m) => m.author === 'customer');
  const latest = snapshot.messages[snapshot.messages.length - 1];
  const requester = [snapshot.requester.name, snapshot.requester.org].filter(Boolean).join(', ');
  const raised = rules.filter((r) => r.effect === 'raise' || r.effect === 'route');

  const blocks: Block[] = [
    {
      lines: [
        `ESCALATION: ${oneLine(snapshot.subject) || TO_FILL}`,
        `Severity: ${levelName}`,
        `Routed to: ${destinationName}`,
        `Owner: ${field('owner')}    Ask: ${field('ask')}`,
      ],
    },
    {
      heading: 'BUSINESS IMPACT',
      lines: [
        `- Affected customers: ${requester || TO_FILL}`,
        `- Operational effect: ${raised.map((r) => r.label).join('; ') || field('business_impact')}`,
        `- Revenue exposure: ${field('revenue_exposure')}`,
        `- SLA position: ${field('sla_position')}`,
      ],
    },
    { heading: 'PROBLEM NARRATIVE', lines: [firstCustomer ? excerpt(firstCustomer.text) : TO_FILL] },
    { heading: 'ACTIONS ALREADY TAKEN', lines: [field('checks_done')] },
    {
      heading: 'CUSTOMER COMMUNICATION STATUS',
      lines: [`- Most recent update: ${latest ? `${latest.at ?? ''} ${latest.author}`.trim() : TO_FILL}`, `- Customer expectation: ${field('commitments')}`],
    },
    { heading: 'REQUEST', lines: [`- ${field('reason')}`, `- Hard deadline: ${field('deadline')}`] },
    { heading: 'ATTACHMENTS AND REFERENCES', lines: [`- ${snapshot.url}`] },
  ];

  const text = blocks.map((b) => [b.heading, ...b.lines].filter((l) => l !== undefined).join('\n')).join('\n\n');
  const html = blocks
    .map((b) => (b.heading ? `<p><strong>${escapeHtml(b.heading)}</strong></p>` : '') + b.lines.map((l) => `<p>${escapeHtml(l).replace(/\n/g, '<br>')}</p>`).join(''))
    .join('');
  return { text, html };
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function excerpt(text: string): string {
  const flat = oneLine(text);
  return flat.length <= NARRATIVE_CHARS ? flat : `${flat.slice(0, NARRATIVE_CHARS)}…`;
}
