/** Site addresses the user types, turned into origins and permission patterns (shared by the settings page and the background). */

/** "https://help.acme.com/scp/" → "https://help.acme.com"; null when it is not an http(s) address. */
export function originOf(address: string): string | null {
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(address.trim()) ? address.trim() : `https://${address.trim()}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

export const matchPatternOf = (origin: string) => `${origin.replace(/:\d+$/, '')}/*`;
