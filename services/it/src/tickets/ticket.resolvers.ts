import { guardedField } from '@backoffice/platform/access';
import type { Principal } from '@backoffice/platform/identity';
import type {
  EmployeeResolvers,
  HelpdeskStatsResolvers,
  MutationResolvers,
  QueryResolvers,
  TicketCommentResolvers,
  TicketItemResolvers,
  TicketResolvers,
  TicketSlaResolvers,
  TicketTimelineEntryResolvers,
} from '../__generated__/resolvers-types';
import { itPolicy } from '../access/policy';
import type { AssetRecord } from '../assets/asset.record';
import type { ItContext } from '../context';
import { assignTicket } from './ticket.commands/assign-ticket';
import { closeTicket } from './ticket.commands/close-ticket';
import { commentOnTicket } from './ticket.commands/comment-on-ticket';
import { fulfilWithAsset } from './ticket.commands/fulfil-with-asset';
import { handOutSupplies } from './ticket.commands/hand-out-supplies';
import { openTicket } from './ticket.commands/open-ticket';
import { reopenTicket } from './ticket.commands/reopen-ticket';
import { requestSupplies } from './ticket.commands/request-supplies';
import { resolveTicket } from './ticket.commands/resolve-ticket';
import { startTicket } from './ticket.commands/start-ticket';
import { waitOnRequester } from './ticket.commands/wait-on-requester';
import { helpdeskStats, ticketPage } from './ticket.queries';
import type { TicketRecord } from './ticket.record';
import { reopenableUntil } from './ticket.service';
import { slaOf } from './ticket-sla.rules';

// A ticket is IT's and MANAGER's to see, and its requester's (without internal notes): anyone
// else is refused, never told whether it exists.
const subjectOf = (ticket: TicketRecord) => ({ employeeId: ticket.requesterId ?? '' });
function visible(ticket: TicketRecord | null | undefined, principal: Principal): TicketRecord | null {
  if (!ticket) return itPolicy.can(principal, 'ticket.readAll') ? null : refuse();
  return itPolicy.canFor(principal, 'ticket.read', subjectOf(ticket)) ? ticket : refuse();
}
const refuse = (): never => {
  throw itPolicy.refusal('ticket.read');
};
const staff = (principal: Principal) => itPolicy.can(principal, 'ticket.work');

// The ticket a requester acts on, as they may see it (a ticket they may not see is refused, not
// reported missing); IT and MANAGER get NOT_FOUND from the command for an unknown id.
async function ticketFor(context: ItContext, ticketId: string): Promise<TicketRecord | null> {
  const ticket = await context.loaders.ticket.load(ticketId);
  if (!ticket && staff(context.principal)) return null;
  return visible(ticket, context.principal);
}

// The linked asset, to those who may see it: IT, MANAGER, or its holder.
const assetFor = (asset: AssetRecord | null, principal: Principal) =>
  asset && (itPolicy.can(principal, 'asset.readAll') || (asset.holderId !== null && asset.holderId === principal.employeeId)) ? asset : null;

export const ticketQueries: Pick<QueryResolvers, 'tickets' | 'ticket' | 'helpdeskStats'> = {
  tickets: (_parent, args, { principal, dataSource, clock }) => {
    if (itPolicy.can(principal, 'ticket.readAll')) return ticketPage(dataSource, args, clock.now(), null);
    if (!principal.employeeId) throw itPolicy.refusal('ticket.readAll');
    return ticketPage(dataSource, args, clock.now(), principal.employeeId);
  },
  ticket: async (_parent, { id }, { principal, loaders }) => visible(await loaders.ticket.load(id), principal),
  helpdeskStats: (_parent, args, { principal, dataSource, clock }) => {
    itPolicy.require(principal, 'ticket.readAll');
    return helpdeskStats(dataSource, args, clock.today(), clock.timeZone, clock.now());
  },
};

export const ticketMutations: Pick<
  MutationResolvers,
  'openTicket' | 'requestSupplies' | 'assignTicket' | 'startTicket' | 'waitOnRequester' | 'commentOnTicket' | 'resolveTicket' | 'reopenTicket' | 'closeTicket' | 'handOutSupplies' | 'fulfilWithAsset'
> = {
  openTicket: (_parent, { input }, { principal, modules, eventMetadata }) => {
    if (input.requesterId && input.requesterId !== principal.employeeId) itPolicy.require(principal, 'ticket.openForOthers');
    return openTicket(modules, { ...input, requesterId: input.requesterId ?? principal.employeeId }, eventMetadata());
  },
  requestSupplies: (_parent, { input }, { principal, modules, eventMetadata }) => {
    if (input.requesterId && input.requesterId !== principal.employeeId) itPolicy.require(principal, 'ticket.openForOthers');
    return requestSupplies(modules, { ...input, requesterId: input.requesterId ?? principal.employeeId }, eventMetadata());
  },
  assignTicket: (_parent, { input }, { principal, modules, eventMetadata }) => {
    itPolicy.require(principal, 'ticket.work');
    return assignTicket(modules, input, eventMetadata());
  },
  startTicket: (_parent, { input }, { principal, modules, eventMetadata }) => {
    itPolicy.require(principal, 'ticket.work');
    return startTicket(modules, input, eventMetadata());
  },
  waitOnRequester: (_parent, { input }, { principal, modules, eventMetadata }) => {
    itPolicy.require(principal, 'ticket.work');
    return waitOnRequester(modules, input, eventMetadata());
  },
  commentOnTicket: async (_parent, { input }, context) => {
    const { principal, modules, eventMetadata } = context;
    const ticket = await ticketFor(context, input.ticketId);
    if (ticket) itPolicy.requireFor(principal, 'ticket.respond', subjectOf(ticket));
    if (input.internal) itPolicy.require(principal, 'ticket.work');
    return commentOnTicket(modules, input, eventMetadata(), { requester: ticket !== null && ticket.requesterId === principal.employeeId });
  },
  resolveTicket: (_parent, { input }, { principal, modules, eventMetadata }) => {
    itPolicy.require(principal, 'ticket.work');
    return resolveTicket(modules, input, eventMetadata());
  },
  reopenTicket: async (_parent, { input }, context) => {
    const ticket = await ticketFor(context, input.ticketId);
    if (ticket) itPolicy.requireFor(context.principal, 'ticket.respond', subjectOf(ticket));
    return reopenTicket(context.modules, input, context.eventMetadata());
  },
  closeTicket: async (_parent, { input }, context) => {
    const ticket = await ticketFor(context, input.ticketId);
    if (ticket) itPolicy.requireFor(context.principal, 'ticket.respond', subjectOf(ticket));
    return closeTicket(context.modules, input, context.eventMetadata());
  },
  handOutSupplies: (_parent, { input }, { principal, modules, eventMetadata }) => {
    itPolicy.require(principal, 'ticket.work');
    return handOutSupplies(modules, input, eventMetadata());
  },
  fulfilWithAsset: (_parent, { input }, { principal, modules, eventMetadata }) => {
    itPolicy.require(principal, 'ticket.work');
    return fulfilWithAsset(modules, input, eventMetadata());
  },
};

const iso = (instant: Date | null) => instant?.toISOString() ?? null;

export const Ticket: TicketResolvers = {
  // Async, so a refusal is this representation's alone.
  __resolveReference: async (reference, { principal, loaders }) => visible(await loaders.ticket.load(reference.id), principal),
  requester: (ticket) => (ticket.requesterId ? { id: ticket.requesterId } : null),
  employee: (ticket) => (ticket.employeeId ? { id: ticket.employeeId } : null),
  assignee: (ticket) => (ticket.assigneeId ? { id: ticket.assigneeId } : null),
  asset: async (ticket, _args, { principal, loaders }) => (ticket.assetId ? assetFor(await loaders.asset.load(ticket.assetId), principal) : null),
  sla: async (ticket, _args, { loaders, clock }) => {
    const [pauses, calendar] = await Promise.all([loaders.ticketPauses.load(ticket.id), loaders.businessCalendar.load('all')]);
    return slaOf(ticket, pauses, calendar, clock.now());
  },
  comments: async (ticket, _args, { principal, loaders }) => {
    const comments = await loaders.ticketComments.load(ticket.id);
    return staff(principal) ? comments : comments.filter((comment) => !comment.internal);
  },
  timeline: async (ticket, _args, { principal, loaders }) => {
    const entries = await loaders.ticketTimeline.load(ticket.id);
    return staff(principal) ? entries : entries.filter((entry) => !entry.internal);
  },
  items: (ticket, _args, { loaders }) => loaders.ticketItems.load(ticket.id),
  openedAt: (ticket) => ticket.openedAt.toISOString(),
  firstRespondedAt: (ticket) => iso(ticket.firstRespondedAt),
  resolvedAt: (ticket) => iso(ticket.resolvedAt),
  closedAt: (ticket) => iso(ticket.closedAt),
  reopenableUntil: (ticket, _args, { modules }) => iso(reopenableUntil(ticket, modules.helpdesk)),
};

export const TicketSla: TicketSlaResolvers = {
  firstResponseDue: (sla) => sla.firstResponseDue.toISOString(),
  resolutionDue: (sla) => sla.resolutionDue.toISOString(),
  pausedFor: (sla) => sla.pausedMinutes,
};

export const TicketComment: Pick<TicketCommentResolvers, 'at'> = {
  at: (comment) => comment.at.toISOString(),
};

export const TicketTimelineEntry: Pick<TicketTimelineEntryResolvers, 'at' | 'details'> = {
  at: (entry) => entry.at.toISOString(),
  details: (entry) => JSON.stringify(entry.details),
};

export const TicketItem: Pick<TicketItemResolvers, 'supplyItem' | 'asset' | 'handedOut' | 'done'> = {
  supplyItem: (item, _args, { loaders }) => (item.supplyItem ? loaders.supplyItem.load(item.supplyItem) : null),
  asset: async (item, _args, { principal, loaders }) => (item.assetId ? assetFor(await loaders.asset.load(item.assetId), principal) : null),
  handedOut: async (item, _args, { loaders }) => (item.ticketKind === 'RECOVERY' ? Number(await recovered(item.assetId, item.ticketEmployeeId, loaders)) : item.handedOut),
  done: async (item, _args, { loaders }) => (item.ticketKind === 'RECOVERY' ? recovered(item.assetId, item.ticketEmployeeId, loaders) : item.handedOut >= item.quantity),
};

// A leaver's asset is back once it is no longer with them.
async function recovered(assetId: string | null, leaverId: string | null, loaders: ItContext['loaders']): Promise<boolean> {
  const asset = assetId ? await loaders.asset.load(assetId) : null;
  return asset !== null && asset.holderId !== leaverId;
}

export const HelpdeskStats: Pick<HelpdeskStatsResolvers, 'byStatus' | 'byPriority'> = {
  byStatus: (stats) => stats.byStatus.map(({ key, count }) => ({ key, count })),
  byPriority: (stats) => stats.byPriority.map(({ key, count }) => ({ key, count })),
};

// IT's tickets on HR's Employee: those they asked for.
export const employeeTickets: Pick<EmployeeResolvers, 'tickets'> = {
  tickets: (employee, { status }, { principal, loaders }) =>
    guardedField(itPolicy.canFor(principal, 'ticket.read', { employeeId: employee.id }), () => itPolicy.refusal('ticket.read'), () => loaders.ticketsOfRequester.load(`${employee.id}|${(status ?? []).join(',')}`)),
};
