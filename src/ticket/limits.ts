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
