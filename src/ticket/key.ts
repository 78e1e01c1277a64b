/** The one place a ticket's key is built: `${adapter}:${host}:${ticket id, or the path when the page shows none}`. */
export function ticketKey(adapterId: string, host: string, ticketIdOrPath: string): string {
  return `${adapterId}:${host}:${ticketIdOrPath}`;
}
