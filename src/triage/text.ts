/**
 * Text preparation: one normalised copy of each message with an offset map back to the
 * original, quoted history and signatures blanked out (same length, so offsets survive),
 * and sentence boundaries. Linear in the message length.
 */

/** One message (or the subject) ready for matching. */
export interface PreparedText {
  messageIndex: number;
  author: 'customer' | 'agent' | 'internal';
  /** The original text, for quotes. */
  original: string;
  /** Normalised text: zero-width chars removed, curly quotes straightened, excluded regions blanked. */
  norm: string;
  /** norm index → original index (length norm.length + 1). */
  map: Int32Array;
  /** Sentence start offsets in norm, ascending (first is 0). */
  sentences: number[];
  /** Order of this text in the ticket: subject first, then messages oldest first. */
  order: number;
}

const ZERO_WIDTH = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

/** Normalise without changing meaning; keep a map to the original offsets. */
export function normalise(text: string): { norm: string; map: Int32Array } {
  const map = new Int32Array(text.length + 1);
  let out = '';
  let parts: string[] = [];
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    let ch = text[i] as string;
    if (ZERO_WIDTH.test(ch)) continue;
    switch (ch) {
      case '\u2018':
      case '\u2019':
      case '\u02BC':
      case '\u2032':
        ch = "'";
        break;
      case '\u201C':
      case '\u201D':
        ch = '"';
        break;
      case '\u00A0':
      case '\u2007':
      case '\u202F':
      case '\t':
        ch = ' ';
        break;
      case '\r':
        ch = '\n';
        break;
      case '\u2013':
      case '\u2014':
        ch = '-';
        break;
      default:
        break;
    }
    parts.push(ch);
    map[j++] = i;
    // Join in chunks: keeps string building linear without a huge array.
    if (parts.length >= 4096) {
      out += parts.join('');
      parts = [];
    }
  }
  out += parts.join('');
  map[j] = text.length;
  return { norm: out, map: map.subarray(0, j + 1) };
}

// Lines that open quoted history: everything after them is an earlier message.
const QUOTE_HEADER =
  /^(?:on .{3,200}wrote:?|-{2,}\s*original message\s*-{2,}|_{5,}|from:\s.{1,200}|-{2,}\s*forwarded message\s*-{2,}|le .{3,120}a écrit\s*:|am .{3,120}schrieb.{0,40}:)\s*$/i;
// A signature starts here: the "-- " separator, a mobile footer, or a sign-off line.
const SIGNATURE_START = /^(?:--\s*|—\s*|sent from my \w+.*|get outlook for \w+.*|sent from (?:outlook|mail|gmail).*)$/i;
const SIGN_OFF = /^(?:thanks|thank you|thanks again|many thanks|thx|best|best regards|kind regards|regards|warm regards|cheers|sincerely|all the best|br|talk soon|yours)[,.!]?\s*$/i;
// Legal footers: blank the whole paragraph they sit in.
const DISCLAIMER =
  /\b(?:confidential(?:ity)?(?: notice)?|intended (?:solely )?(?:only )?for the (?:use of the )?(?:individual|addressee|named recipient)|intended recipient|this (?:e-?mail|message) (?:and any attachments )?(?:is|may contain)|disclaimer|privileged (?:and|or|&) confidential|please consider the environment|unsubscribe|do not reply to this)\b/i;

function blank(chars: string[], from: number, to: number): void {
  for (let k = from; k < to; k++) if (chars[k] !== '\n') chars[k] = ' ';
}

/**
 * Blank quoted history (">" lines, "On … wrote:" and everything after), signatures and
 * disclaimer paragraphs. Returns text of the same length.
 */
export function stripNonAuthored(norm: string): string {
  if (norm.length === 0) return norm;
  const chars = norm.split('');
  let lineStart = 0;
  let paraStart = 0;
  let seenContent = false;
  while (lineStart <= norm.length) {
    let lineEnd = norm.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = norm.length;
    const line = norm.slice(lineStart, lineEnd);
    const trimmed = line.trim();
    if (trimmed.length === 0) {
      paraStart = lineEnd + 1;
    } else if (trimmed.startsWith('>')) {
      blank(chars, lineStart, lineEnd);
    } else if (trimmed.length < 260 && QUOTE_HEADER.test(trimmed) && seenContent) {
      blank(chars, lineStart, norm.length);
      break;
    } else if (SIGNATURE_START.test(trimmed) && seenContent) {
      blank(chars, lineStart, norm.length);
      break;
    } else if (SIGN_OFF.test(trimmed) && seenContent && norm.length - lineEnd < 700) {
      // A sign-off near the end: what follows is the name, title and footer.
      blank(chars, lineStart, norm.length);
      break;
    } else if (trimmed.length < 2000 && DISCLAIMER.test(trimmed) && seenContent) {
      let paraEnd = norm.indexOf('\n\n', lineStart);
      if (paraEnd === -1) paraEnd = norm.length;
      blank(chars, paraStart, paraEnd);
      lineStart = paraEnd + 1;
      paraStart = lineStart;
      continue;
    } else {
      seenContent = true;
    }
    lineStart = lineEnd + 1;
  }
  return chars.join('');
}

/** Sentence starts: after . ! ? followed by space, and at every line break. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) {
      starts.push(i + 1);
    } else if ((ch === 46 || ch === 33 || ch === 63) && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      // "3.5" and "e.g." stay inside; a space or line break after the mark ends it.
      if (next === 32 || next === 10) starts.push(i + 1);
    }
  }
  return starts;
}

/** Index of the sentence holding offset `at` (binary search). */
export function sentenceIndexOf(starts: number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function prepare(text: string, messageIndex: number, author: PreparedText['author'], order: number, strip: boolean): PreparedText {
  const safe = typeof text === 'string' ? text : '';
  const { norm, map } = normalise(safe);
  const cleaned = strip ? stripNonAuthored(norm) : norm;
  return { messageIndex, author, original: safe, norm: cleaned, map, sentences: sentenceStarts(cleaned), order };
}
