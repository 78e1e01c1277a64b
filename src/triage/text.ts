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
  /** norm lower-cased, same length (patterns run on it without the slower i flag). */
  lower: string;
  /** norm index → original index (length norm.length + 1). */
  map: Int32Array;
  /** Sentence start offsets in norm, ascending (first is 0). */
  sentences: number[];
  /** Order of this text in the ticket: subject first, then messages oldest first. */
  order: number;
}

// Characters normalise() changes or drops; text without any takes the fast path.
const NEEDS_NORMALISING = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u2018\u2019\u02BC\u2032\u201C\u201D\u00A0\u2007\u202F\t\r\u2013\u2014]/;

function isZeroWidth(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff;
}

function replacement(c: number): string | null {
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x02bc:
    case 0x2032:
      return "'";
    case 0x201c:
    case 0x201d:
      return '"';
    case 0x00a0:
    case 0x2007:
    case 0x202f:
    case 0x09:
      return ' ';
    case 0x0d:
      return '\n';
    case 0x2013:
    case 0x2014:
      return '-';
    default:
      return null;
  }
}

/** Normalise without changing meaning; keep a map to the original offsets. */
export function normalise(text: string): { norm: string; map: Int32Array } {
  const map = new Int32Array(text.length + 1);
  if (!NEEDS_NORMALISING.test(text)) {
    for (let i = 0; i <= text.length; i++) map[i] = i;
    return { norm: text, map };
  }
  let out = '';
  let runStart = 0;
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const drop = isZeroWidth(c);
    const rep = drop ? null : replacement(c);
    if (drop || rep !== null) {
      out += text.slice(runStart, i);
      if (rep !== null) {
        out += rep;
        map[j++] = i;
      }
      runStart = i + 1;
      continue;
    }
    map[j++] = i;
  }
  out += text.slice(runStart);
  map[j] = text.length;
  return { norm: out, map: map.subarray(0, j + 1) };
}

// Lines that open quoted history: everything after them is an earlier message.
const QUOTE_HEADER =
  /^(?:on .{3,200}wrote:?|-{2,}\s*original message\s*-{2,}|_{5,}|from:\s.{1,200}|-{2,}\s*forwarded message\s*-{2,}|le .{3,120}a écrit\s*:|am .{3,120}schrieb.{0,40}:)\s*$/i;
// A forwarded message's own header lines (before any text of the sender).
const FORWARD_HEADER = /^-{2,}\s*(?:forwarded message|original message)\s*-{2,}$|^begin forwarded message:?$/i;
// A short cover note that hands a report on ("FYI, see below from my team lead").
const FORWARD_CUE = /\b(?:forward(?:ing|ed)?|fwd|fw:|see below|below from|fyi|passing (?:this )?on|from (?:my|our) (?:team|store|call-?centre|call-?center|office|it|hr|finance)|sent me this|(?:open|raise|log|file) (?:a ticket|this|it) with (?:the vendor|them|support|you))\b/i;
const MISDIRECTED = /\b(?:forwarded|sent) (?:this |it )?to the wrong (?:address|person|e-?mail|team|inbox)\b|\bsent (?:this |it )?by mistake\b/i;
// Headers that forward a message (not a reply's quoted original).
const FORWARDED = /^(?:-{2,}\s*forwarded message\s*-{2,}|begin forwarded message:?)$/i;
const MAIL_HEADER = /^(?:from|to|cc|sent|date|subject):\s/i;
// "Forwarding from our finance lead." over a bare "From: …" header block: a forward, not a reply's history.
const FORWARD_FROM = /^from:\s/i;
// A cover note shorter than this over a forwarded message does not make the forward history.
const SHORT_COVER = 400;
// A quoted mail's own header line: "> From: Dispatch".
const QUOTED_HEADER = /^>\s*(?:from|sent|date|subject):\s/i;
// A signature starts here: the "-- " separator, a mobile footer, or a sign-off line.
const SIGNATURE_START = /^(?:--\s*|—\s*|sent from my \w+.*|get outlook for \w+.*|sent from (?:outlook|mail|gmail).*)$/i;
const SIGN_OFF = /^(?:thanks|thank you|thanks again|many thanks|thx|best|best regards|kind regards|regards|warm regards|cheers|sincerely|all the best|br|talk soon|yours)[,.!]?\s*$/i;
// Legal footers: blank the whole paragraph they sit in.
const DISCLAIMER =
  /\b(?:confidential(?:ity)?(?: notice)?|intended (?:solely )?(?:only )?for the (?:use of the )?(?:individual|addressee|named recipient)|intended recipient|this (?:e-?mail|message) (?:and any attachments )?(?:is|may contain)|disclaimer|privileged (?:and|or|&) confidential|please consider the environment|unsubscribe|do not reply to this)\b/i;

// An out-of-office auto-reply: its "for urgent matters, including any outage…" is boilerplate.
// Both cues on one line, so "I'm out of the office, but nobody can log in" stays.
const AUTO_REPLY =
  /\bout of (?:the )?office\b[^\n]{0,200}\b(?:for urgent|will not be forwarded|won'?t be forwarded|(?:no|limited) access to (?:my )?e-?mails?)\b|\b(?:for urgent|will not be forwarded|won'?t be forwarded|(?:no|limited) access to (?:my )?e-?mails?)\b[^\n]{0,200}\bout of (?:the )?office\b/i;

function blanked(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

/**
 * Blank quoted history (">" lines, "On … wrote:" and everything after), signatures and
 * disclaimer paragraphs. Returns text of the same length.
 */
export function stripNonAuthored(norm: string): string {
  if (norm.length === 0) return norm;
  // "(sorry, forwarded to the wrong address, please ignore)" as the last line under a forward:
  // nothing in it is for us (dev-p3), as when it opens the message.
  const end = norm.trimEnd().length;
  const lastLine = norm.slice(norm.lastIndexOf('\n', end - 1) + 1, end);
  if (lastLine.length < 200 && MISDIRECTED.test(lastLine) && /^(?:-{2,}\s*forwarded message|from:\s)/im.test(norm)) return blanked(norm);
  const ranges: [number, number][] = [];
  let lineStart = 0;
  let paraStart = 0;
  let seenContent = false;
  let inForward = false;
  let keepQuoted: boolean | null = null;
  // Mail headers ("From: … / Sent: …") before any text of the sender: a forward.
  let headersOnTop = false;
  while (lineStart <= norm.length) {
    let lineEnd = norm.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = norm.length;
    const line = norm.slice(lineStart, lineEnd);
    const trimmed = line.trim();
    if (trimmed.length === 0) {
      paraStart = lineEnd + 1;
    } else if ((!seenContent || inForward) && (FORWARD_HEADER.test(trimmed) || MAIL_HEADER.test(trimmed))) {
      // A forward at the top: its headers are not content, the forwarded text is the message.
      if (!seenContent) headersOnTop = true;
    } else if (seenContent && lineStart < SHORT_COVER && (FORWARDED.test(trimmed) || ((FORWARD_HEADER.test(trimmed) || FORWARD_FROM.test(trimmed)) && FORWARD_CUE.test(norm.slice(0, lineStart))))) {
      // "Sorry, forwarded to the wrong address!": the forward is not for us, nothing in it is a report (dev-p2).
      if (MISDIRECTED.test(norm.slice(0, lineStart))) {
        ranges.push([lineStart, norm.length]);
        break;
      }
      // "FYI, see below" over a forwarded report: the report is what the customer is telling us.
      inForward = true;
    } else if (trimmed.charCodeAt(0) === 62 /* > */) {
      // "Please see below from my team lead" over a quoted report: the report is the message.
      // So is a quote right under a forward's headers ("From: IT Desk / Sent: … / > Several staff got …").
      // So is a quoted mail under a short cover ("I'm copying our CEO.\n\n> From: Dispatch\n> …": dev-ac).
      keepQuoted ??= lineStart < SHORT_COVER && ((headersOnTop && !seenContent) || FORWARD_CUE.test(norm.slice(0, lineStart)) || QUOTED_HEADER.test(trimmed));
      if (!keepQuoted) ranges.push([lineStart, lineEnd]);
    } else if (seenContent && trimmed.length < 260 && (QUOTE_HEADER.test(trimmed) || SIGNATURE_START.test(trimmed))) {
      ranges.push([lineStart, norm.length]);
      break;
    } else if (seenContent && norm.length - lineEnd < 700 && SIGN_OFF.test(trimmed)) {
      // A sign-off near the end: what follows is the name, title and footer.
      ranges.push([lineStart, norm.length]);
      break;
    } else if (trimmed.length < 2000 && ((seenContent && DISCLAIMER.test(trimmed)) || AUTO_REPLY.test(trimmed))) {
      let paraEnd = norm.indexOf('\n\n', lineStart);
      if (paraEnd === -1) paraEnd = norm.length;
      ranges.push([paraStart, paraEnd]);
      lineStart = paraEnd + 1;
      paraStart = lineStart;
      continue;
    } else {
      seenContent = true;
      inForward = false;
    }
    lineStart = lineEnd + 1;
  }
  if (ranges.length === 0) return norm;
  let out = '';
  let at = 0;
  for (const [s, e] of ranges) {
    if (s < at) continue;
    out += norm.slice(at, s) + blanked(norm.slice(s, e));
    at = e;
  }
  return out + norm.slice(at);
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

/** Lower-case without changing length (a few characters, like "İ", grow when lower-cased: keep those). */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

export function prepare(text: string, messageIndex: number, author: PreparedText['author'], order: number, strip: boolean): PreparedText {
  const safe = typeof text === 'string' ? text : '';
  const { norm, map } = normalise(safe);
  const cleaned = strip ? stripNonAuthored(norm) : norm;
  return { messageIndex, author, original: safe, norm: cleaned, lower: lowerSameLength(cleaned), map, sentences: sentenceStarts(cleaned), order };
}
