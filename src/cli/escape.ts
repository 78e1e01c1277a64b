/**
 * Terminal-safe text for the command line. Ticket text is hostile: an export can carry ESC
 * and C1 sequences (clear screen, cursor moves, OSC 8 links) or bidi overrides that reorder
 * what the reader sees. Everything the audit prints goes through here, so those characters
 * show as visible escapes (`\x1b`, `\u202e`) instead of acting on the terminal.
 */

// C0 (newline is handled apart), DEL, C1, and the bidi embeddings, overrides and isolates.
const CONTROLS = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_AND_NEWLINE = /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS_AND_NEWLINE_ONE = new RegExp(CONTROLS_AND_NEWLINE.source);

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function shownControl(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Control characters shown as escapes. `keepNewlines` keeps `\n` as a line break, for text
 * whose lines are the output's own layout; a value from a ticket should have it escaped.
 */
export function escapeControls(text: string, { keepNewlines = false }: { keepNewlines?: boolean } = {}): string {
  return text.replace(keepNewlines ? CONTROLS : CONTROLS_AND_NEWLINE, shownControl);
}

/**
 * A value on one line, at most `max` characters, cut after whole characters or whole
 * escapes (never `\x1` of `\x1b`, never half a surrogate pair). By default runs of white
 * space become one space first, so a multi-line message reads as one line; `flatten: false`
 * keeps them, escaped (for quoting a field value exactly).
 */
export function clipShown(text: string, max: number, { flatten = true }: { flatten?: boolean } = {}): string {
  const flat = flatten ? text.replace(/\s+/g, ' ').trim() : text;
  // Each code point with its shown form, so the clip counts and cuts whole units.
  const units = Array.from(flat, (ch) => (CONTROLS_AND_NEWLINE_ONE.test(ch) ? shownControl(ch) : ch));
  const total = units.reduce((n, u) => n + u.length, 0);
  if (total <= max) return units.join('');
  let out = '';
  for (const unit of units) {
    if (out.length + unit.length > max - 1) break;
    out += unit;
  }
  return `${out}…`;
}

/**
 * JSON text with the characters JSON.stringify leaves raw (DEL, C1, bidi controls) written
 * as \u escapes: still valid JSON with the same value, but inert in a terminal.
 */
export function terminalSafeJson(json: string): string {
  return json.replace(/[\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
