/**
 * Where each content script is declared in the manifest. Hosted helpdesks by origin (the
 * whole origin: their SPAs never fire a deep-path match), each with its own small bundle.
 * Self-hosted domains and generic-reader sites are added at run time, with the user's
 * permission, and get the self-hosted bundle; so do local pages, but only in test and
 * development builds (the demo helpdesk, captures served on 127.0.0.1): a store build does
 * not run on every localhost page.
 */
export const HOSTED_MATCHES = {
  zendesk: ['https://*.zendesk.com/*'],
  freshdesk: ['https://*.freshdesk.com/*'],
  helpscout: ['https://secure.helpscout.net/*'],
  intercom: ['https://app.intercom.com/*'],
} as const;

export const LOCAL_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];

/** Every statically declared origin of a build, for the manifest and the settings page. */
export function staticMatches({ localPages }: { localPages: boolean }): string[] {
  return [...Object.values(HOSTED_MATCHES).flat(), ...(localPages ? LOCAL_MATCHES : [])];
}

/** The self-hosted / generic bundle (entrypoints/helpdesk.content): registered for the user's sites, injected by "Read this page". */
export const HELPDESK_SCRIPT_FILE = 'content-scripts/helpdesk.js';
