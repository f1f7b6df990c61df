import type { EntityManager } from 'typeorm';
import type { EventMetadata } from '@backoffice/platform/outbox';

// What other HR modules may hook into, run inside the command's transaction so their effects
// commit or roll back with it.
export type TerminationHook = (tx: EntityManager, termination: { employeeId: string; lastDay: string }, metadata: EventMetadata) => Promise<void>;

// Withdrawing a termination leaves what it settled as it is; each hook names the records of its
// module that the termination changed (leave it shortened or withdrew), for the caller to see.
export type TerminationWithdrawnHook = (tx: EntityManager, withdrawn: { employeeId: string; lastDay: string }) => Promise<string[]>;

export type EmployeeHooks = { afterTermination: TerminationHook[]; afterTerminationWithdrawn: TerminationWithdrawnHook[] };
