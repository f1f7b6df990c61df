import { offboardingPolicyChanged } from '@backoffice/events/hr-events';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import { recordAudit } from '../../audit-log';
import type { HrModules } from '../../hr-modules';
import { offboardingPolicyInput } from '../workflow.inputs';
import type { OffboardingPolicyRecord } from '../workflow.record';
import * as workflows from '../workflow.repository';

// What happens to equipment a leaver keeps: IT gives up on it `unreturnedAfterDays` after the
// last day, and accounting books it by the treatment. HR owns the process, so the policy is
// HR's; IT and accounting learn it from hr.offboarding.policy-changed. Offboardings already
// open keep their due dates.
export async function setOffboardingPolicy({ dataSource, clock }: HrModules, input: unknown, metadata: EventMetadata): Promise<OffboardingPolicyRecord> {
  const policy = parseInput(offboardingPolicyInput, input);
  return dataSource.transaction(async (tx) => {
    // Two managers at once: one after the other, so the events keep the order of the changes.
    await workflows.lockOffboardingPolicy(tx);
    const before = await workflows.findOffboardingPolicy(tx);
    const saved = await workflows.saveOffboardingPolicy(tx, { ...policy, changedAt: clock.now(), changedBy: metadata.actor });
    await recordEvent(tx, offboardingPolicyChanged, { policy: 'offboarding', ...policy }, metadata);
    await recordAudit(tx, {
      actor: metadata.actor,
      action: 'offboarding-policy.changed',
      entityType: 'offboarding_policy',
      entityId: 'offboarding',
      changes: { unreturnedAfterDays: { from: before?.unreturnedAfterDays ?? null, to: policy.unreturnedAfterDays }, treatment: { from: before?.treatment ?? null, to: policy.treatment } },
      correlationId: metadata.correlationId,
    });
    return saved;
  });
}
