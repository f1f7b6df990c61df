import type { EntityManager } from 'typeorm';
import { accountingReactionFailed, hrReactionFailed, itReactionFailed } from '@backoffice/events/reaction-events';
import { fixedAssetCharged, payrollEmployeeIncluded } from '@backoffice/events/accounting-events';
import { accessOffboarded, accessOnboarded, assetUnrecovered, equipmentNotNeeded, ticketResolved } from '@backoffice/events/it-events';
import type { EventEnvelope } from '@backoffice/events/envelope';
import { reactionMetadata } from '@backoffice/platform/outbox';
import type { ConsumerDefinition } from '@backoffice/platform/subgraph-service';
import type { HrModules } from '../hr-modules';
import { completeStep, failStep, noteCharged, noteUnrecovered } from '../workflows/workflow.service';

// The steps of HR's processes, moved only by the departments' events: IT's access and
// helpdesk, accounting's payroll and books, and every service's dead-lettered reactions (HR's
// own step follows its record changes in-process: employee.hooks.ts recordChanged). Each
// handler finds the person's process in progress, locks it and moves one step; a redelivered event changes nothing (the inbox, and done staying done).
export const WORKFLOW_TOPICS = ['it.access.v1', 'it.ticket.v1', 'it.asset.v1', 'accounting.payroll.v1', 'accounting.fixed-asset.v1', 'hr.reaction.v1', 'it.reaction.v1', 'accounting.reaction.v1'] as const;

export function workflowsConsumer({ clock }: Pick<HrModules, 'clock'>): ConsumerDefinition {
  const failed = (contract: typeof hrReactionFailed | typeof itReactionFailed | typeof accountingReactionFailed) => ({
    // Each failure is an aggregate of its own: order does not matter.
    orderIndependent: true,
    handle: async (event: EventEnvelope<unknown>, tx: EntityManager) => {
      const fact = contract.read(event);
      const { consumer, reason, eventId, eventType, topic, partition, offset, failureId, correlationId } = fact.data;
      // HR's own process consumer failing cannot hold up a step it moves itself.
      if (consumer === 'hr.workflows') return;
      await failStep(tx, clock, { failureId, consumer, reason, eventId, eventType, topic, partition, offset, correlationId }, reactionMetadata(fact));
    },
  });
  return {
    consumer: 'hr.workflows',
    topics: [...WORKFLOW_TOPICS],
    handlers: {
      [accessOnboarded.type]: async (event, tx) => {
        const onboarded = accessOnboarded.read(event);
        await completeStep(tx, clock, onboarded.data.employeeId, 'ONBOARDING', 'ACCESS', reactionMetadata(onboarded));
      },
      [accessOffboarded.type]: async (event, tx) => {
        const offboarded = accessOffboarded.read(event);
        await completeStep(tx, clock, offboarded.data.employeeId, 'OFFBOARDING', 'ACCESS_REVOKED', reactionMetadata(offboarded));
      },
      [ticketResolved.type]: async (event, tx) => {
        const resolved = ticketResolved.read(event);
        const { kind, employeeId, resolution } = resolved.data;
        if (!employeeId || resolution === 'CANCELLED') return;
        if (kind === 'EQUIPMENT') await completeStep(tx, clock, employeeId, 'ONBOARDING', 'EQUIPMENT', reactionMetadata(resolved));
        // Recovered: every asset back. Anything else (given up on) waits for accounting's charges.
        if (kind === 'RECOVERY' && resolution === 'FULFILLED') await completeStep(tx, clock, employeeId, 'OFFBOARDING', 'ASSETS', reactionMetadata(resolved));
      },
      [equipmentNotNeeded.type]: async (event, tx) => {
        const notNeeded = equipmentNotNeeded.read(event);
        const { employeeId, reason } = notNeeded.data;
        if (reason === 'NO_KIT') await completeStep(tx, clock, employeeId, 'ONBOARDING', 'EQUIPMENT', reactionMetadata(notNeeded));
        else await completeStep(tx, clock, employeeId, 'OFFBOARDING', 'ASSETS', reactionMetadata(notNeeded));
      },
      [assetUnrecovered.type]: async (event, tx) => {
        const unrecovered = assetUnrecovered.read(event);
        await noteUnrecovered(tx, clock, unrecovered.data, reactionMetadata(unrecovered));
      },
      [fixedAssetCharged.type]: async (event, tx) => {
        const charged = fixedAssetCharged.read(event);
        await noteCharged(tx, clock, charged.data, reactionMetadata(charged));
      },
      [payrollEmployeeIncluded.type]: async (event, tx) => {
        const included = payrollEmployeeIncluded.read(event);
        const { employeeId, isFinal } = included.data;
        // Any run that paid them is their first (someone who leaves in their first month is paid
        // once, finally); a final one is their last.
        await completeStep(tx, clock, employeeId, 'ONBOARDING', 'FIRST_PAYROLL', reactionMetadata(included));
        if (isFinal) await completeStep(tx, clock, employeeId, 'OFFBOARDING', 'FINAL_PAY', reactionMetadata(included));
      },
      [hrReactionFailed.type]: failed(hrReactionFailed),
      [itReactionFailed.type]: failed(itReactionFailed),
      [accountingReactionFailed.type]: failed(accountingReactionFailed),
    },
  };
}
