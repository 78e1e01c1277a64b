import { describe, expect, it } from 'vitest';
import { escapeHtml, renderNote } from '../../../src/handoff/note';
import type { TicketSnapshot } from '../../../src/ticket/snapshot';

const snapshot: TicketSnapshot = {
  adapter: 'demo',
  url: 'http://127.0.0.1:5177/tickets/1042',
  ticketId: '1042',
  subject: 'Nobody in our <b>Chicago</b> office can log in',
  messages: [
    { author: 'customer', text: 'Since 08:50 nobody can log in. <img src=x onerror=alert(1)> "quotes" & ampersands', at: '2026-11-23T15:12:00.000Z' },
    { author: 'internal', text: 'Checked the status page.' },
  ],
  requester: { name: 'Dana Whitfield', org: 'Northwind Logistics' },
  tags: [],
  truncated: false,
};

describe('escalation note', () => {
  const note = renderNote({
    snapshot,
    levelName: 'Critical',
    destinationName: 'Engineering',
    rules: [{ id: 'login-failure', label: 'Login failure', effect: 'raise', severity: 1, evidence: [] }],
  });

  it('follows the layout of domain.md section 5', () => {
    const headings = ['BUSINESS IMPACT', 'PROBLEM NARRATIVE', 'ACTIONS ALREADY TAKEN', 'CUSTOMER COMMUNICATION STATUS', 'REQUEST', 'ATTACHMENTS AND REFERENCES'];
    let at = -1;
    for (const heading of headings) {
      const next = note.text.indexOf(`\n${heading}\n`);
      expect(next, heading).toBeGreaterThan(at);
      at = next;
    }
    expect(note.text.startsWith('ESCALATION: Nobody in our <b>Chicago</b> office can log in\nSeverity: Critical\nRouted to: Engineering\n')).toBe(true);
    expect(note.text).toContain('- Affected customers: Dana Whitfield, Northwind Logistics');
    expect(note.text).toContain('- Operational effect: Login failure');
    expect(note.text).toContain('- http://127.0.0.1:5177/tickets/1042');
    expect(note.text).toContain('Owner: (to fill)');
  });

  it('escapes every ticket value in the HTML, so nothing from the ticket becomes markup', () => {
    expect(note.html).not.toMatch(/<img|<b>|onerror=alert\(1\)>/);
    expect(note.html).toContain('&lt;img src=x onerror=alert(1)&gt; &quot;quotes&quot; &amp; ampersands');
    expect(note.html).toContain('Nobody in our &lt;b&gt;Chicago&lt;/b&gt; office');
    const tags = note.html.match(/<\/?[a-z]+>/g) ?? [];
    expect(new Set(tags)).toEqual(new Set(['<p>', '</p>', '<strong>', '</strong>']));
  });

  it('uses filled checklist answers when given', () => {
    const filled = renderNote({ snapshot, levelName: 'High', destinationName: 'Support L2', rules: [], fields: { owner: 'Priya Nair', ask: 'investigate' } });
    expect(filled.text).toContain('Owner: Priya Nair    Ask: investigate');
  });

  it('escapes all five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
