/**
 * Where the content script is declared in the manifest. Hosted helpdesks by origin (the
 * whole origin: their SPAs never fire a deep-path match); localhost for the demo helpdesk and
 * helpdesks run on the agent's own machine. Self-hosted domains and sites enabled for the
 * generic reader are added at run time, with the user's permission.
 */
export const STATIC_MATCHES = [
  'https://*.zendesk.com/*',
  'https://*.freshdesk.com/*',
  'https://secure.helpscout.net/*',
  'https://app.intercom.com/*',
  'http://localhost/*',
  'http://127.0.0.1/*',
];
