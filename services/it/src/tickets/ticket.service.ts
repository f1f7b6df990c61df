import type { EntityManager } from 'typeorm';
import { equipmentNotNeeded, ticketClosed, ticketOpened, ticketSlaBreached } from '@backoffice/events/it-events';
import { recordAudit } from '@backoffice/platform/audit';
import { dateIn } from '@backoffice/platform/clock';
import { NotFound } from '@backoffice/platform/domain-errors';
import { TransientEventError } from '@backoffice/platform/inbox-consumer';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import type { Sql } from '@backoffice/platform/sql';
import { holidayEventApplied, holidaysBetween } from '@backoffice/workforce/workforce.queries';
import { bundlesOf } from '../access-bundles/access-bundle.queries';
import { assetsOfHoldersInOrder } from '../assets/asset.queries';
import { businessMinutesBetween, instantAt, type BusinessCalendar } from '../business-hours';
import { addDays } from '../dates';
import type { HelpdeskSettings } from '../helpdesk-settings';
import type { ItModules } from '../it-modules';
import type { SlaTarget, TicketRecord, TicketResolution, TicketStatus } from './ticket.record';
import * as tickets from './ticket.repository';
import { requireStatusFor, requireVersion, type TicketChange } from './ticket.rules';
import { firstResponseDue, pauseSpans, resolutionDue } from './ticket-sla.rules';

// What the ticket commands, the helpdesk consumer and the helpdesk job share: the business
// calendar, opening a ticket, the skeleton of a change, breaches recorded once, closing.

const DAY_MS = 86_400_000;

// Working hours and the company calendar's holidays (workforce projection) from `from` to well
// past any due time a target can reach.
export async function calendarFrom(db: Sql, settings: HelpdeskSettings, timeZone: string, from: Date): Promise<BusinessCalendar> {
  const first = dateIn(new Date(from.getTime() - DAY_MS), timeZone);
  const last = dateIn(new Date(from.getTime() + 2 * 366 * DAY_MS), timeZone);
  const holidays = await holidaysBetween(db, first, last);
  return { hours: settings.hours, timeZone, holidays: new Set(holidays.map((holiday) => holiday.date)) };
}

// The facts every ticket event carries.
export const ticketFacts = (ticket: Pick<TicketRecord, 'id' | 'number' | 'kind' | 'employeeId'>) => ({ ticketId: ticket.id, number: ticket.number, kind: ticket.kind, employeeId: ticket.employeeId });

export const actionName = (action: string) => `ticket.${action.toLowerCase().replace(/_/g, '-')}`;

// Opens a ticket with its items, clocks, timeline, audit row and event. Undefined when its
// source key says it is already open (a redelivered or re-sent fact of another department).
export async function openTicketIn(
  tx: EntityManager,
  modules: Pick<ItModules, 'clock' | 'helpdesk'>,
  ticket: Omit<tickets.NewTicket, 'openedAt' | 'firstResponseDue' | 'resolutionDue' | 'openedBy'>,
  items: readonly tickets.NewTicketItem[],
  metadata: EventMetadata,
): Promise<TicketRecord | undefined> {
  const openedAt = modules.clock.now();
  const calendar = await calendarFrom(tx, modules.helpdesk, modules.clock.timeZone, openedAt);
  const facts = { openedAt, priority: ticket.priority, kind: ticket.kind, dueOn: ticket.dueOn };
  const id = await tickets.insertTicket(tx, {
    ...ticket,
    openedBy: metadata.actor,
    openedAt,
    firstResponseDue: firstResponseDue(facts, modules.helpdesk, calendar),
    resolutionDue: resolutionDue(facts, modules.helpdesk, calendar),
  });
  if (!id) return undefined;
  await tickets.insertItems(tx, id, items);
  const opened = (await tickets.ticketsByIds(tx, [id]))[0]!;
  await tickets.insertTimeline(tx, { ticketId: id, action: 'OPENED', fromStatus: null, toStatus: 'OPEN', actor: metadata.actor, internal: false, details: { kind: opened.kind, priority: opened.priority, items: items.length }, at: openedAt });
  await recordAudit(tx, { actor: metadata.actor, action: 'ticket.opened', entityType: 'ticket', entityId: id, changes: { number: opened.number, kind: opened.kind, category: opened.category, priority: opened.priority, requesterId: opened.requesterId, employeeId: opened.employeeId }, correlationId: metadata.correlationId });
  await recordEvent(
    tx,
    ticketOpened,
    {
      ...ticketFacts(opened),
      requesterId: opened.requesterId,
      category: opened.category,
      priority: opened.priority,
      assetId: opened.assetId,
      system: opened.system,
      dueOn: opened.dueOn,
      firstResponseDue: opened.firstResponseDue.toISOString(),
      resolutionDue: opened.resolutionDue.toISOString(),
    },
    metadata,
  );
  return opened;
}

// What one change did: the new state, the timeline entry, the audit changes.
export type AppliedTicketChange = {
  action: string;
  state: tickets.TicketState;
  details?: Record<string, unknown>;
  // A timeline entry only IT and MANAGER see (an internal note).
  internal?: boolean;
};

export type ChangeContext = { tx: EntityManager; ticket: TicketRecord; now: Date; calendar: BusinessCalendar };

// The skeleton every change of an existing ticket shares, in one transaction: lock the ticket
// (two changes take turns; the second sees the first's outcome), check that the change fits its
// status and the version the client read; apply; record the timeline entry and the audit row;
// read the ticket back.
export async function changeTicket(
  modules: ItModules,
  change: TicketChange,
  request: { ticketId: string; expectedVersion?: number | null },
  metadata: EventMetadata,
  apply: (context: ChangeContext) => Promise<AppliedTicketChange>,
): Promise<TicketRecord> {
  return modules.dataSource.transaction(async (tx) => {
    const ticket = await tickets.lockTicket(tx, request.ticketId);
    if (!ticket) throw new NotFound('Ticket', request.ticketId);
    requireStatusFor(ticket, change);
    if (request.expectedVersion != null) requireVersion(ticket, request.expectedVersion);
    return applyChange(tx, modules, ticket, metadata, apply);
  });
}

export async function applyChange(
  tx: EntityManager,
  modules: Pick<ItModules, 'clock' | 'helpdesk'>,
  ticket: TicketRecord,
  metadata: EventMetadata,
  apply: (context: ChangeContext) => Promise<AppliedTicketChange>,
): Promise<TicketRecord> {
  // A moved clock never puts a change before the ticket was opened.
  const now = new Date(Math.max(modules.clock.now().getTime(), ticket.openedAt.getTime()));
  const calendar = await calendarFrom(tx, modules.helpdesk, modules.clock.timeZone, ticket.openedAt);
  const applied = await apply({ tx, ticket, now, calendar });
  await tickets.updateTicket(tx, ticket.id, applied.state);
  const toStatus: TicketStatus | null = applied.state.status ?? null;
  await tickets.insertTimeline(tx, {
    ticketId: ticket.id,
    action: applied.action,
    fromStatus: toStatus ? ticket.status : null,
    toStatus,
    actor: metadata.actor,
    internal: applied.internal ?? false,
    details: applied.details ?? {},
    at: now,
  });
  await recordAudit(tx, { actor: metadata.actor, action: actionName(applied.action), entityType: 'ticket', entityId: ticket.id, changes: { from: ticket.status, to: toStatus ?? ticket.status, ...(applied.details ?? {}) }, correlationId: metadata.correlationId });
  return (await tickets.ticketsByIds(tx, [ticket.id]))[0]!;
}

// The first public answer stops the first-response clock; a late one is a breach, recorded (and
// published) once even if the job has not seen it yet.
export async function firstResponseState(tx: EntityManager, ticket: TicketRecord, now: Date, calendar: BusinessCalendar, metadata: EventMetadata): Promise<tickets.TicketState> {
  if (ticket.firstRespondedAt) return {};
  if (now > ticket.firstResponseDue) await recordBreachOnce(tx, ticket, 'FIRST_RESPONSE', ticket.firstResponseDue, metadata, now);
  return { firstRespondedAt: now, firstResponseMinutes: businessMinutesBetween(ticket.openedAt, now, calendar) };
}

// The resolution due time once the clock runs again: every span it stood still, now closed.
export async function resumedResolutionDue(tx: EntityManager, ticket: TicketRecord, now: Date, calendar: BusinessCalendar, settings: HelpdeskSettings): Promise<Date> {
  await tickets.endPause(tx, ticket.id, now);
  const pauses = await tickets.pausesOf(tx, [ticket.id]);
  return resolutionDue(ticket, settings, calendar, pauseSpans(pauses, now));
}

export async function recordBreachOnce(tx: EntityManager, ticket: TicketRecord, target: SlaTarget, dueAt: Date, metadata: EventMetadata, now: Date): Promise<boolean> {
  if (!(await tickets.recordBreach(tx, { ticketId: ticket.id, target, dueAt }))) return false;
  await tickets.insertTimeline(tx, { ticketId: ticket.id, action: 'SLA_BREACHED', fromStatus: null, toStatus: null, actor: metadata.actor, internal: false, details: { target, dueAt: dueAt.toISOString() }, at: now });
  await recordEvent(tx, ticketSlaBreached, { ...ticketFacts(ticket), priority: ticket.priority, target, dueAt: dueAt.toISOString() }, metadata);
  return true;
}

// Tickets past a target with no breach recorded: one breach row and one event each. Rows are
// locked and skipped by another replica, and the breach row's key makes a second writer a no-op.
// Returns how many it looked at, for batching.
export async function recordDueBreaches(tx: EntityManager, now: Date, metadata: EventMetadata, limit: number): Promise<number> {
  const due = await tickets.dueBreaches(tx, now, limit);
  for (const ticket of due) await recordBreachOnce(tx, ticket, ticket.target, ticket.target === 'FIRST_RESPONSE' ? ticket.firstResponseDue : ticket.resolutionDue, metadata, now);
  return due.length;
}

// Closes a ticket for good: confirmed, automatically after the reopening days, or cancelled.
export async function closeIn(
  tx: EntityManager,
  modules: Pick<ItModules, 'clock' | 'helpdesk'>,
  ticket: TicketRecord,
  how: { resolution?: TicketResolution; automatically: boolean; note?: string | null },
  metadata: EventMetadata,
): Promise<TicketRecord> {
  const resolution = ticket.resolution ?? how.resolution ?? 'CANCELLED';
  const closed = await applyChange(tx, modules, ticket, metadata, async ({ now, tx: inTx }) => {
    await tickets.endPause(inTx, ticket.id, now);
    return {
      action: 'CLOSED',
      state: { status: 'CLOSED', closedAt: now, resolution, ...(ticket.resolvedAt ? {} : { resolvedAt: now, resolutionNote: how.note ?? null }) },
      details: { resolution, automatically: how.automatically },
    };
  });
  await recordEvent(tx, ticketClosed, { ...ticketFacts(closed), resolution, automatically: how.automatically }, metadata);
  return closed;
}

// Resolved tickets whose reopening days are over close by themselves, a batch at a time.
export async function closeResolvedTickets(tx: EntityManager, modules: Pick<ItModules, 'clock' | 'helpdesk'>, metadata: EventMetadata, limit: number): Promise<number> {
  const cutoff = new Date(modules.clock.now().getTime() - modules.helpdesk.autoCloseDays * DAY_MS);
  const due = await tickets.resolvedBefore(tx, cutoff, limit);
  for (const ticket of due) await closeIn(tx, modules, ticket, { automatically: true }, metadata);
  return due.length;
}

export const reopenableUntil = (ticket: TicketRecord, settings: HelpdeskSettings): Date | null =>
  ticket.status === 'RESOLVED' && ticket.resolvedAt ? new Date(ticket.resolvedAt.getTime() + settings.reopenDays * DAY_MS) : null;

// A consumable at or below its threshold gets one open restock ticket for IT (the partial unique
// index makes a second one a no-op, also when two hand-outs cross the threshold at once).
export async function raiseRestockTicket(
  tx: EntityManager,
  modules: Pick<ItModules, 'clock' | 'helpdesk'>,
  item: { code: string; name: string; lowStockThreshold: number | null },
  stockLeft: number,
  metadata: EventMetadata,
): Promise<TicketRecord | undefined> {
  return openTicketIn(
    tx,
    modules,
    {
      kind: 'RESTOCK',
      requesterId: null,
      employeeId: null,
      category: 'OFFICE_SUPPLIES',
      priority: 'MEDIUM',
      subject: `Restock: ${item.name} (${stockLeft} left)`,
      description: `${item.name} is down to ${stockLeft}, at or below its threshold of ${item.lowStockThreshold ?? 0}. Order more and add them with restockSupply.`,
      assetId: null,
      system: null,
      dueOn: null,
      sourceKey: null,
      supplyItem: item.code,
    },
    [],
    metadata,
  );
}

// --- Tickets other departments' events open ------------------------------------------------------

// A hire: the department's standard kit (IT 2/3's bundle), one line per piece, due before the
// joiner's first morning. One ticket per employee and start date: a redelivered or re-sent hire
// finds it open. A department without a kit opens nothing, and says so (it.equipment.not-needed),
// so HR's onboarding does not wait for a ticket that will never come.
export async function openEquipmentTicket(
  tx: EntityManager,
  modules: Pick<ItModules, 'clock' | 'helpdesk'>,
  joiner: { employeeId: string; departmentId: string; startDate: string },
  metadata: EventMetadata,
): Promise<TicketRecord | undefined> {
  const [bundle] = await bundlesOf(tx, [joiner.departmentId]);
  const kit = bundle?.equipment ?? [];
  if (!kit.length) {
    await recordEvent(tx, equipmentNotNeeded, { employeeId: joiner.employeeId, reason: 'NO_KIT', on: joiner.startDate }, metadata);
    return undefined;
  }
  const items = kit.flatMap((piece) => Array.from({ length: piece.quantity }, () => ({ supplyItem: null, assetCategory: piece.category, quantity: 1, assetId: null })));
  return openTicketIn(
    tx,
    modules,
    {
      kind: 'EQUIPMENT',
      requesterId: null,
      employeeId: joiner.employeeId,
      category: 'HARDWARE',
      priority: 'HIGH',
      subject: `Equipment for a joiner starting ${joiner.startDate}`,
      description: `The standard kit of their department: ${kit.map((piece) => `${piece.quantity} × ${piece.category}`).join(', ')}. Fulfil each line with an asset in stock before their first morning.`,
      assetId: null,
      system: null,
      dueOn: joiner.startDate,
      sourceKey: `EQUIPMENT|${joiner.employeeId}|${joiner.startDate}`,
      supplyItem: null,
    },
    items,
    metadata,
  );
}

// A termination: what the leaver holds, one line per asset, due by the end of their last day.
// One ticket per employee and last day. Someone holding nothing gets no ticket, and IT says so.
export async function openRecoveryTicket(
  tx: EntityManager,
  modules: Pick<ItModules, 'clock' | 'helpdesk'>,
  leaver: { employeeId: string; lastDay: string },
  metadata: EventMetadata,
): Promise<TicketRecord | undefined> {
  const [held = []] = await assetsOfHoldersInOrder(tx, [leaver.employeeId]);
  if (!held.length) {
    await recordEvent(tx, equipmentNotNeeded, { employeeId: leaver.employeeId, reason: 'NOTHING_HELD', on: leaver.lastDay }, metadata);
    return undefined;
  }
  return openTicketIn(
    tx,
    modules,
    {
      kind: 'RECOVERY',
      requesterId: null,
      employeeId: leaver.employeeId,
      category: 'HARDWARE',
      priority: 'HIGH',
      subject: `Recover equipment from a leaver, last day ${leaver.lastDay}`,
      description: `They hold ${held.map((asset) => `${asset.tag} (${asset.category.name})`).join(', ')}. Take each back (returnAsset) by the end of their last day.`,
      assetId: null,
      system: null,
      dueOn: leaver.lastDay,
      sourceKey: `RECOVERY|${leaver.employeeId}|${leaver.lastDay}`,
      supplyItem: null,
    },
    held.map((asset) => ({ supplyItem: null, assetCategory: null, quantity: 1, assetId: asset.id })),
    metadata,
  );
}

// A withdrawn termination: its recovery ticket, unless already closed, is closed as CANCELLED.
// The ticket gives up its key either way: a termination for the same last day given later is a
// new fact, with a recovery ticket of its own.
export async function cancelRecoveryTicket(
  tx: EntityManager,
  modules: Pick<ItModules, 'clock' | 'helpdesk'>,
  leaver: { employeeId: string; lastDay: string },
  metadata: EventMetadata,
): Promise<TicketRecord | undefined> {
  const ticket = await tickets.ticketBySourceKey(tx, `RECOVERY|${leaver.employeeId}|${leaver.lastDay}`);
  if (!ticket) return undefined;
  await tickets.releaseSourceKey(tx, ticket.id);
  if (ticket.status === 'CLOSED') return undefined;
  return closeIn(tx, modules, ticket, { resolution: 'CANCELLED', automatically: true, note: 'The termination was withdrawn.' }, metadata);
}

// --- The company calendar changing under running clocks ---------------------------------------------

// A holiday added or removed moves the due times of tickets whose clocks run across that day.
// The calendar is read from the workforce projection, which its own consumer group (it.workforce)
// keeps: until it has applied this event (or a later one of the date), the event fails
// transiently and is retried, so every due time, moved here or computed later, comes from the
// same calendar. A breach already recorded stays recorded.
export async function moveDuesForHoliday(
  tx: EntityManager,
  modules: Pick<ItModules, 'clock' | 'helpdesk'>,
  change: { date: string; holiday: boolean; sequence: number },
  metadata: EventMetadata,
): Promise<number> {
  if (!(await holidayEventApplied(tx, change.date, change.sequence))) {
    throw new TransientEventError(`the workforce projection has not applied the calendar event ${change.sequence} of ${change.date} yet`);
  }
  const timeZone = modules.clock.timeZone;
  const running = await tickets.ticketsRunningAcross(tx, instantAt(change.date, 0, timeZone), instantAt(addDays(change.date, 1), 0, timeZone));
  let moved = 0;
  for (const ticket of running) {
    const calendar = await calendarFrom(tx, modules.helpdesk, timeZone, ticket.openedAt);
    const pauses = (await tickets.pausesOf(tx, [ticket.id])).filter((pause) => pause.endedAt !== null);
    const state: tickets.TicketState = {};
    if (!ticket.firstRespondedAt) {
      const due = firstResponseDue(ticket, modules.helpdesk, calendar);
      if (due.getTime() !== ticket.firstResponseDue.getTime()) state.firstResponseDue = due;
    }
    const due = resolutionDue(ticket, modules.helpdesk, calendar, pauseSpans(pauses, modules.clock.now()));
    if (due.getTime() !== ticket.resolutionDue.getTime()) state.resolutionDue = due;
    if (!Object.keys(state).length) continue;
    await applyChange(tx, modules, ticket, metadata, async () => ({
      action: 'DUE_MOVED',
      state,
      details: { holiday: change.date, added: change.holiday, ...(state.firstResponseDue ? { firstResponseDue: state.firstResponseDue.toISOString() } : {}), ...(state.resolutionDue ? { resolutionDue: state.resolutionDue.toISOString() } : {}) },
    }));
    moved += 1;
  }
  return moved;
}
