import type { EntityManager } from 'typeorm';
import type { EventMetadata } from '@backoffice/platform/outbox';

// What other HR modules may hook into, run inside the command's transaction so their effects
// commit or roll back with it.
export type TerminationHook = (tx: EntityManager, termination: { employeeId: string; lastDay: string }, metadata: EventMetadata) => Promise<void>;

export type EmployeeHooks = { afterTermination: TerminationHook[] };
