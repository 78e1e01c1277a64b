/**
 * Every feature, in the order they start: reading this list tells you what Tierline does on
 * a helpdesk page. One file each, one entry each (see ../feature.ts).
 */
import type { ListFeature, TicketFeature } from '../feature';
import { customerMessageFeature } from './customer-message';
import { escalateGuardFeature } from './escalate-guard';
import { escalationNoteFeature } from './escalation-note';
import { factsFeature } from './facts';
import { handoffFeature } from './handoff';
import { listBadgesFeature } from './list-badges';
import { overrideFeature } from './override';
import { pasteTextFeature } from './paste-text';
import { readTicketFeature } from './read-ticket';
import { rememberSelectionFeature } from './remember-selection';
import { rereadOnChangeFeature } from './reread-on-change';
import { timersFeature } from './timers';

export const ticketFeatures: TicketFeature[] = [
  rememberSelectionFeature,
  readTicketFeature,
  rereadOnChangeFeature,
  pasteTextFeature,
  overrideFeature,
  factsFeature,
  escalationNoteFeature,
  handoffFeature,
  customerMessageFeature,
  escalateGuardFeature,
  timersFeature,
];

export const listFeatures: ListFeature[] = [listBadgesFeature];

export const features = [...ticketFeatures, ...listFeatures];
