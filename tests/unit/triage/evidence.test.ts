import { describe, expect, it } from 'vitest';
import type { Suggestion, TriageInput } from '../../../src/triage/types';
import { customer, run } from './helpers';

function textOf(input: TriageInput, messageIndex: number): string {
  return messageIndex === -1 ? (input.subject ?? '') : (input.messages[messageIndex]?.text ?? '');
}

function expectExactQuotes(input: TriageInput, s: Suggestion): void {
  for (const rule of s.rules) {
    for (const ev of rule.evidence) {
      expect(textOf(input, ev.messageIndex).slice(ev.start, ev.end)).toBe(ev.quote);
      expect(ev.quote.length).toBeGreaterThan(0);
    }
  }
}

describe('evidence offsets', () => {
  it('point at the exact quote in the message', () => {
    const input = customer('Morning. Nobody in our Denver office can sign in since 8:40. Orders stopped coming through too.');
    const s = run(input);
    const login = s.rules.find((r) => r.id === 'login-widespread');
    expect(login).toBeDefined();
    expectExactQuotes(input, s);
    const orders = s.rules.find((r) => r.id === 'business-blocked')?.evidence[0];
    expect(orders?.quote).toBe('Orders stopped coming through');
    expect(orders?.messageIndex).toBe(0);
  });
  it('use messageIndex -1 for the subject', () => {
    const input: TriageInput = { subject: 'Checkout page is blank', messages: [{ author: 'customer', text: 'Since 10am, see subject.' }] };
    const s = run(input);
    const ev = s.rules.flatMap((r) => r.evidence).find((e) => e.messageIndex === -1);
    expect(ev).toBeDefined();
    expectExactQuotes(input, s);
  });
  it('survive zero-width characters, curly quotes and emoji before the match', () => {
    const input = customer('🔥🔥 We\u2019re\u200b seeing this: our stor\u200Befront is down for everyone 😡');
    const s = run(input);
    expect(s.severity).toBe(1);
    expectExactQuotes(input, s);
    const quote = s.rules.find((r) => r.id === 'outage')?.evidence[0]?.quote ?? '';
    expect(quote).toContain('\u200B'); // the original text, zero-width char included
  });
  it('stay exact in later messages of a thread', () => {
    const input: TriageInput = {
      messages: [
        { author: 'customer', text: 'Hello' },
        { author: 'agent', text: 'Hi! What seems to be the problem?' },
        { author: 'customer', text: "Since the update we can't send invoices at all." },
      ],
    };
    const s = run(input);
    expectExactQuotes(input, s);
    expect(s.rules.find((r) => r.id === 'business-blocked')?.evidence[0]?.messageIndex).toBe(2);
  });
});

describe('hostile input never throws', () => {
  const cases: [string, TriageInput][] = [
    ['empty', { messages: [] }],
    ['empty strings', { subject: '', messages: [{ author: 'customer', text: '' }] }],
    ['huge', customer('down '.repeat(200_000))],
    ['one long word', customer('a'.repeat(300_000))],
    ['RTL and bidi controls', customer('\u202Eنظام\u202C الموقع لا يعمل \u200F the site is down \u2067x\u2069')],
    ['lone surrogates', customer('\uD800\uDC00\uD800 broken \uDFFF text is down')],
    ['zero-width soup', customer('\u200B'.repeat(50_000) + 'can\u200Bt log in')],
    ['emoji only', customer('😡😡😡🔥🔥🔥💥💥💥'.repeat(1000))],
    ['nul and control chars', customer('\u0000\u0001\u0007 site \u0000 is down \u001b[31m')],
    ['regex-hostile', customer('((((((((((a+)+)+)+)+)+)+)+)+)+)+$ '.repeat(500) + '!'.repeat(10_000))],
    ['many short messages', { messages: Array.from({ length: 300 }, (_, i) => ({ author: (i % 3 === 0 ? 'customer' : i % 3 === 1 ? 'agent' : 'internal') as 'customer' | 'agent' | 'internal', text: `msg ${i} > quoted\n-- \nsig` })) }],
    ['garbage shapes', { messages: [{ author: 'bot' as never, text: 42 as never }, null as never], requester: { plan: 7 as never }, tags: [null as never, 3 as never] }],
  ];
  for (const [name, input] of cases) {
    it(name, () => {
      const s = run(input);
      expect([1, 2, 3, 4]).toContain(s.severity);
      expect(typeof s.summary).toBe('string');
      expect(s.confidence).toBeGreaterThanOrEqual(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    });
  }
  it('a huge input still finishes quickly', () => {
    const t = performance.now();
    run(customer('our site is down and nobody can log in. '.repeat(5_000)));
    expect(performance.now() - t).toBeLessThan(2_000);
  });
});
