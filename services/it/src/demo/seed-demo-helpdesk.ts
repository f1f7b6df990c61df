import type { Logger } from '@backoffice/platform/logger';
import type { EventMetadata } from '@backoffice/platform/outbox';
import type { ItModules } from '../it-modules';
import { updateMaintenanceWindow } from '../maintenance/maintenance.commands/update-maintenance-window';
import { scheduleMaintenance } from '../maintenance/maintenance.commands/schedule-maintenance';
import { assignTicket } from '../tickets/ticket.commands/assign-ticket';
import { closeTicket } from '../tickets/ticket.commands/close-ticket';
import { commentOnTicket } from '../tickets/ticket.commands/comment-on-ticket';
import { handOutSupplies } from '../tickets/ticket.commands/hand-out-supplies';
import { openTicket } from '../tickets/ticket.commands/open-ticket';
import { requestSupplies } from '../tickets/ticket.commands/request-supplies';
import { resolveTicket } from '../tickets/ticket.commands/resolve-ticket';
import { startTicket } from '../tickets/ticket.commands/start-ticket';
import { waitOnRequester } from '../tickets/ticket.commands/wait-on-requester';
import type { TicketRecord } from '../tickets/ticket.record';
import { DEMO_HELPDESK_CORRELATION_ID, demoHelpdeskSeeded, underSeedLock } from './demo.repository';
import { planDemoHelpdesk, type DemoTicket, type DemoTicketStep } from './plan-demo-helpdesk';
import type { DemoInventoryInput } from './seed-demo-inventory';

// The demo helpdesk (plan-demo-helpdesk.ts) through the same commands a client calls, each in its
// own transaction, under the demo helpdesk's correlation id: finding it, a re-run (or a second
// replica, once the seed lock is free) seeds nothing. Requesters act as themselves (opening,
// answering, confirming); IT's work is recorded against the ticket's agent, or against `actor`
// (the demo's IT person, or the system) when the company has nobody in IT.
//
// Every command runs at the business clock's now: the tickets' "few months" are their statuses,
// not their dates (see the plan).

export type DemoHelpdeskCounts = { tickets: number; comments: number; handedOut: number; maintenanceWindows: number };

const nothing: DemoHelpdeskCounts = { tickets: 0, comments: 0, handedOut: 0, maintenanceWindows: 0 };

export async function seedDemoHelpdesk(modules: ItModules, input: DemoInventoryInput, logger: Logger): Promise<DemoHelpdeskCounts> {
  return underSeedLock(
    modules.dataSource,
    async (alreadySeeded) => {
      if (alreadySeeded) return nothing;
      const started = Date.now();
      const counts = await seed(modules, input);
      logger.info('demo helpdesk seeded', { ...counts, ms: Date.now() - started });
      return counts;
    },
    demoHelpdeskSeeded,
  );
}

async function seed(modules: ItModules, input: DemoInventoryInput): Promise<DemoHelpdeskCounts> {
  const as = (actor: string): EventMetadata => ({ actor, correlationId: DEMO_HELPDESK_CORRELATION_ID });
  const plan = planDemoHelpdesk(input.people, modules.clock.now(), modules.clock.today());
  const counts = { ...nothing };

  // One ticket after another, so their numbers follow the plan's order.
  for (const ticket of plan.tickets) {
    const requester = as(ticket.requesterId);
    let record =
      ticket.opening.kind === 'SUPPLY'
        ? await requestSupplies(modules, { items: ticket.opening.items, note: ticket.opening.note, requesterId: ticket.requesterId }, requester)
        : await openTicket(
            modules,
            { category: ticket.opening.category, priority: ticket.opening.priority, subject: ticket.opening.subject, description: ticket.opening.description, system: ticket.opening.system, requesterId: ticket.requesterId },
            requester,
          );
    counts.tickets += 1;
    for (const step of ticket.steps) {
      record = await applyStep(modules, ticket, record, step, as(ticket.agentId ?? input.actor), requester);
      if (step.do === 'comment' || step.do === 'reply' || step.do === 'wait') counts.comments += 1;
      if (step.do === 'handOut') counts.handedOut += step.quantity;
    }
  }

  for (const window of plan.maintenance) {
    const { completed, ...schedule } = window;
    let planned = await scheduleMaintenance(modules, schedule, as(input.actor));
    if (completed) {
      planned = await updateMaintenanceWindow(modules, { windowId: planned.id, expectedVersion: planned.version, status: 'IN_PROGRESS' }, as(input.actor));
      await updateMaintenanceWindow(modules, { windowId: planned.id, expectedVersion: planned.version, status: 'COMPLETED' }, as(input.actor));
    }
    counts.maintenanceWindows += 1;
  }
  return counts;
}

function applyStep(modules: ItModules, ticket: DemoTicket, record: TicketRecord, step: DemoTicketStep, it: EventMetadata, requester: EventMetadata): Promise<TicketRecord> {
  const change = { ticketId: record.id, expectedVersion: record.version };
  switch (step.do) {
    case 'assign':
      return assignTicket(modules, { ...change, assigneeId: ticket.agentId }, it);
    case 'start':
      return startTicket(modules, change, it);
    case 'comment':
      return commentOnTicket(modules, { ticketId: record.id, body: step.body, internal: step.internal }, it, { requester: false });
    case 'wait':
      return waitOnRequester(modules, { ...change, message: step.message }, it);
    case 'reply':
      return commentOnTicket(modules, { ticketId: record.id, body: step.body, internal: false }, requester, { requester: true });
    case 'handOut':
      return handOutSupplies(modules, { ...change, item: step.item, quantity: step.quantity }, it);
    case 'resolve':
      return resolveTicket(modules, { ...change, resolution: step.resolution, note: step.note }, it);
    case 'close':
      // Confirmed by the requester.
      return closeTicket(modules, change, requester);
  }
}
