/**
 * The ticket tools (./api.ts TicketTools): code the ticket features call once the sidebar is
 * up, shipped in the sidebar bundle rather than the always-on content script.
 */
import { demoEditor } from '../../adapters/demo';
import { freescoutEditor } from '../../adapters/freescout';
import { osticketEditor } from '../../adapters/osticket';
import { installEscalateGuard } from '../../content/guard';
import { copyRich, copyText, noteRequest } from '../../content/note-kit';
import { caseReference } from '../../handoff/record-line';
import { chooseLevel } from '../../triage/decide';
import type { TicketTools } from './api';

export const ticketTools: TicketTools = {
  caseReference,
  installEscalateGuard,
  chooseLevel,
  noteRequest,
  copyRich,
  copyText,
  editors: { freescout: freescoutEditor, osticket: osticketEditor, demo: demoEditor },
  editorFor: (adapter) => ticketTools.editors[adapter.id]?.(adapter.selectors) ?? adapter,
};
