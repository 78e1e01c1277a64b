/**
 * The ticket as an adapter read it: plain data, the one shape every helpdesk is reduced to.
 *
 * The zod schemas here are for the background's side of the message boundary (content
 * scripts live in hostile pages). Content scripts import only the types and the limits,
 * never the schemas, so zod stays out of the content-script bundle.
 */
import { z } from 'zod';
import { LIMITS } from './limits';

export { LIMITS };

export const AuthorRole = z.enum(['customer', 'agent', 'internal']);
export type AuthorRole = z.infer<typeof AuthorRole>;

const field = z.string().max(LIMITS.fieldChars);

export const TicketMessage = z.object({
  author: AuthorRole,
  authorName: field.optional(),
  /** ISO 8601 when the helpdesk shows an absolute time. */
  at: field.optional(),
  text: z.string().max(LIMITS.messageChars),
});
export type TicketMessage = z.infer<typeof TicketMessage>;

export const Requester = z.object({
  name: field.optional(),
  email: field.optional(),
  org: field.optional(),
  plan: field.optional(),
});
export type Requester = z.infer<typeof Requester>;

/** One row of an adapter's selector table, as checked on the current page. */
export const SelectorHealth = z.object({
  name: z.string().max(100),
  selector: z.string().max(1_000),
  found: z.boolean(),
  /** Shown to the user when not found and required: "could not find the conversation". */
  required: z.boolean().optional(),
});
export type SelectorHealth = z.infer<typeof SelectorHealth>;

export const TicketSnapshot = z.object({
  adapter: z.string().max(50),
  url: z.string().max(4_000),
  /** The helpdesk's internal id (URL, database): used for keys, never shown. */
  ticketId: field.nullable(),
  /** The number the helpdesk shows agents ("Ticket #639656"), when the page shows one. */
  ticketNumber: field.optional(),
  subject: z.string().max(LIMITS.subjectChars),
  /** Oldest first, whatever order the helpdesk shows them in. */
  messages: z.array(TicketMessage).max(LIMITS.messages),
  requester: Requester,
  status: field.optional(),
  priority: field.optional(),
  assignee: field.optional(),
  group: field.optional(),
  tags: z.array(field).max(LIMITS.tags),
  /** ISO time the ticket was created, when the page shows it. */
  createdAt: field.optional(),
  /** True when text was cut to LIMITS; the sidebar says so. */
  truncated: z.boolean(),
  /** What of the messages was left out, when any was (for a truthful "read N of M"). */
  cut: z
    .object({
      totalChars: z.number().int().nonnegative(),
      keptChars: z.number().int().nonnegative(),
      messages: z.number().int().nonnegative(),
      keptMessages: z.number().int().nonnegative(),
      clippedMessages: z.number().int().nonnegative(),
    })
    .optional(),
});
export type TicketSnapshot = z.infer<typeof TicketSnapshot>;
