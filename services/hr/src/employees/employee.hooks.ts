import type { EntityManager } from 'typeorm';
import type { EventMetadata } from '@backoffice/platform/outbox';

// What other HR modules may hook into, run inside the command's transaction so their effects
// commit or roll back with it.
export type TerminationHook = (tx: EntityManager, termination: { employeeId: string; lastDay: string }, metadata: EventMetadata) => Promise<void>;

// Withdrawing a termination leaves what it settled as it is; each hook names the records of its
// module that the termination changed (leave it shortened or withdrew), for the caller to see.
export type TerminationWithdrawnHook = (tx: EntityManager, withdrawn: { employeeId: string; lastDay: string }) => Promise<string[]>;

// After HR's own event is written: processes start from it (the event id is what other
// departments' reactions name when they fail). Hires and rehires alike.
export type HiredHook = (tx: EntityManager, hire: { employeeId: string; startDate: string; eventId: string }, metadata: EventMetadata) => Promise<void>;
export type TerminatedHook = (tx: EntityManager, termination: { employeeId: string; lastDay: string; eventId: string }, metadata: EventMetadata) => Promise<void>;
export type WithdrawnHook = (tx: EntityManager, withdrawn: { employeeId: string; lastDay: string }, metadata: EventMetadata) => Promise<void>;

// A person's record changed (an edit, a transfer): an onboarding's HR_RECORD step may now be done.
// Private fields never travel on HR's topics, so this is an in-process hook, not a reaction.
export type RecordChangedHook = (tx: EntityManager, change: { employeeId: string }, metadata: EventMetadata) => Promise<void>;

export type EmployeeHooks = {
  recordChanged: RecordChangedHook[];
  afterTermination: TerminationHook[];
  afterTerminationWithdrawn: TerminationWithdrawnHook[];
  hired: HiredHook[];
  terminated: TerminatedHook[];
  withdrawn: WithdrawnHook[];
};
