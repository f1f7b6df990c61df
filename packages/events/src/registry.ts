import { accountingEventContracts } from './accounting-events';
import {
  EventContractError,
  safeParseTolerantly,
  toContractIssues,
  type AnyEventContract,
  type EventEnvelopeOf,
} from './contract';
import { eventEnvelopeSchema } from './envelope';
import { hrEventContracts } from './hr-events';
import { itEventContracts } from './it-events';
import { reactionEventContracts } from './reaction-events';

export const allEventContracts = [...hrEventContracts, ...accountingEventContracts, ...itEventContracts, ...reactionEventContracts] as const;

export type KnownEventContract = (typeof allEventContracts)[number];
export type KnownEventType = KnownEventContract['type'];
// A discriminated union on `type`: narrowing the type narrows `data`.
export type KnownEventEnvelope = EventEnvelopeOf<KnownEventContract>;

const contractsByType = new Map<string, KnownEventContract>();
for (const contract of allEventContracts) {
  if (contractsByType.has(contract.type)) {
    throw new Error(`Event type ${contract.type} is defined twice`);
  }
  contractsByType.set(contract.type, contract);
}

export function findEventContract(type: string): KnownEventContract | undefined {
  return contractsByType.get(type);
}

function decode(value: unknown): unknown {
  if (typeof value !== 'string' && !(value instanceof Uint8Array)) {
    return value;
  }
  const text = typeof value === 'string' ? value : Buffer.from(value).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new EventContractError('INVALID_JSON', `Event is not JSON: ${(error as Error).message}`);
  }
}

// Strict, as a producer writes: accepts a parsed JSON value, or the raw Kafka value (string or
// Buffer), and rejects any field or attribute its contract does not name. For checking what a
// service publishes (its tests, the outbox); consumers use readEventEnvelope.
// Any failure is an EventContractError.
export function parseEventEnvelope(json: unknown): KnownEventEnvelope {
  const value = decode(json);
  return contractFor(value, 'strict').parse(value) as KnownEventEnvelope;
}

// Tolerant, as a consumer reads: unknown fields in data and unknown envelope attributes (a newer
// producer's additions) are dropped; everything the contract names must hold. Any failure is an
// EventContractError, a permanent failure to dead-letter.
export function readEventEnvelope(json: unknown): KnownEventEnvelope {
  const value = decode(json);
  return contractFor(value, 'tolerant').read(value) as KnownEventEnvelope;
}

function contractFor(value: unknown, reading: 'strict' | 'tolerant'): AnyEventContract {
  const envelope = reading === 'strict' ? eventEnvelopeSchema.safeParse(value) : safeParseTolerantly(eventEnvelopeSchema, value);
  if (!envelope.success) {
    const type = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
    throw new EventContractError(
      'INVALID_ENVELOPE',
      'Invalid event envelope',
      toContractIssues(envelope.error),
      typeof type === 'string' ? type : undefined,
    );
  }
  const contract: AnyEventContract | undefined = findEventContract(envelope.data.type);
  if (contract === undefined) {
    throw new EventContractError(
      'UNKNOWN_EVENT_TYPE',
      `Unknown event type ${envelope.data.type}`,
      [{ path: 'type', message: 'No contract is registered for this type' }],
      envelope.data.type,
    );
  }
  return contract;
}
