/** Caps that keep a hostile or huge ticket from exhausting memory or the message channel. Zod-free: content scripts import it. */
export const LIMITS = {
  subjectChars: 1_000,
  messageChars: 20_000,
  messages: 300,
  /** All messages together: the first (the report) and the newest that fit. */
  totalChars: 200_000,
  fieldChars: 300,
  tags: 50,
} as const;

/** Cut a string to a limit without splitting a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

const GAP = '\n[…]\n';

/**
 * Cut a long text to `max` characters keeping its beginning and, larger, its end (the latest
 * part of a message or a paste is what counts now), with a visible gap marker between.
 */
export function clipMiddle(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = clip(text, Math.floor((max - GAP.length) * 0.3));
  let tailStart = text.length - (max - GAP.length - head.length);
  const code = text.charCodeAt(tailStart);
  if (code >= 0xdc00 && code <= 0xdfff) tailStart += 1; // never start on the second half of a pair
  return `${head}${GAP}${text.slice(tailStart)}`;
}

/** What the limits left out of a ticket's messages, so the sidebar can say it truthfully. */
export interface TextCut {
  /** Characters of message text the page (or paste) had, and how many were read. */
  totalChars: number;
  keptChars: number;
  messages: number;
  keptMessages: number;
  /** Messages whose middle was left out. */
  clippedMessages: number;
}

const n = (value: number) => value.toLocaleString('en-US');

/** "Tierline read 20,000 of 512,000 characters: …" */
export function describeCut(cut: TextCut): string {
  const parts: string[] = [];
  if (cut.keptMessages < cut.messages) parts.push(`the first message and the latest ${n(cut.keptMessages - 1)} (${n(cut.messages - cut.keptMessages)} in between were left out)`);
  if (cut.clippedMessages === 1 && cut.messages === 1) parts.push('its beginning and its end (the middle was left out)');
  else if (cut.clippedMessages > 0) parts.push(`the beginning and the end of ${cut.clippedMessages === 1 ? 'one very long message' : `${n(cut.clippedMessages)} very long messages`}`);
  return `This ticket is long: Tierline read ${n(cut.keptChars)} of ${n(cut.totalChars)} characters: ${parts.join('; ')}.`;
}
