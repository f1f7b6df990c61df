import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import {
  DATA_CONTENT_TYPE,
  SPEC_VERSION,
  dataSchemaUri,
  envelopeSchemaFor,
  eventSource,
  type EventEnvelope,
  type Service,
} from './envelope';
import type { TopicBase } from './topics';

export interface EventContractIssue {
  // Dotted path into the envelope or data, e.g. `data.lines.0.debit`; '' for the root.
  path: string;
  message: string;
}

export type EventContractErrorCode = 'INVALID_JSON' | 'INVALID_ENVELOPE' | 'UNKNOWN_EVENT_TYPE' | 'INVALID_DATA';

// A permanent failure: retrying the same bytes will never succeed, so consumers
// dead-letter it and producers treat it as a bug.
export class EventContractError extends Error {
  override readonly name = 'EventContractError';

  constructor(
    readonly code: EventContractErrorCode,
    message: string,
    readonly issues: readonly EventContractIssue[] = [],
    readonly eventType?: string,
  ) {
    super(issues.length === 0 ? message : `${message}: ${issues.map(formatIssue).join('; ')}`);
  }
}

function formatIssue(issue: EventContractIssue): string {
  return issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`;
}

export function toContractIssues(error: z.ZodError, pathPrefix: readonly PropertyKey[] = []): EventContractIssue[] {
  return error.issues.map((issue) => ({
    path: [...pathPrefix, ...issue.path].map(String).join('.'),
    message: issue.message,
  }));
}

type StrictDataSchema = z.ZodObject<z.core.$ZodLooseShape, z.core.$strict>;

// Only string fields can carry the aggregate id that becomes `subject` and the Kafka key.
type StringKeys<T> = { [K in keyof T]-?: T[K] extends string ? K : never }[keyof T] & string;

export interface EventContract<TType extends string = string, TSchema extends StrictDataSchema = StrictDataSchema> {
  // Full CloudEvents type, e.g. `backoffice.hr.employee.hired.v1`.
  readonly type: TType;
  // How prose names the event, e.g. `hr.employee.hired`.
  readonly shortName: string;
  readonly service: Service;
  readonly aggregate: string;
  readonly name: string;
  readonly version: number;
  readonly topic: TopicBase;
  // The data field holding the aggregate id: it is the envelope `subject` and the Kafka key.
  readonly key: string;
  readonly source: string;
  readonly dataschema: string;
  readonly description: string;
  readonly schema: TSchema;
  // A realistic `data` of this event (fictional people), checked against `schema` when the
  // contract is defined; the catalog shows it. Frozen: copy it before changing it.
  readonly example: z.output<TSchema>;
  readonly envelopeSchema: z.ZodType<EventEnvelope<z.output<TSchema>, TType>>;
  // Validates a whole envelope of this type strictly, as a producer must: an unknown field or
  // attribute is an error. Throws EventContractError.
  parse(envelope: unknown): EventEnvelope<z.output<TSchema>, TType>;
  // Validates it as a consumer (a tolerant reader): fields and envelope attributes this version of
  // the contract does not know are dropped, everything it does know must hold. Throws
  // EventContractError.
  read(envelope: unknown): EventEnvelope<z.output<TSchema>, TType>;
}

export type AnyEventContract = EventContract<string, StrictDataSchema>;
export type EventDataOf<C> = C extends EventContract<string, infer S> ? z.output<S> : never;
export type EventEnvelopeOf<C> = C extends EventContract<infer T, infer S> ? EventEnvelope<z.output<S>, T> : never;

const SEGMENT_PATTERN = /^[a-z][a-z-]*$/;

export function defineEvent<
  const TService extends Service,
  const TAggregate extends string,
  const TName extends string,
  const TVersion extends number,
  TSchema extends StrictDataSchema,
>(spec: {
  service: TService;
  aggregate: TAggregate;
  name: TName;
  version: TVersion;
  topic: TopicBase;
  key: StringKeys<z.output<TSchema>>;
  data: TSchema;
  description: string;
  // Required: every event type documents its data with an example, checked below.
  example: z.output<TSchema>;
}): EventContract<`backoffice.${TService}.${TAggregate}.${TName}.v${TVersion}`, TSchema> {
  const { service, aggregate, name, version, topic, key, data, description, example } = spec;
  const shortName = `${service}.${aggregate}.${name}`;
  // Mistakes here would publish malformed types to every consumer, so fail at import time.
  if (!SEGMENT_PATTERN.test(aggregate) || !SEGMENT_PATTERN.test(name)) {
    throw new Error(`${shortName}: aggregate and name must be lower-case words`);
  }
  if (!Number.isInteger(version) || version < 1) {
    throw new Error(`${shortName}: version must be a positive integer`);
  }
  if (!topic.startsWith(`${service}.`)) {
    throw new Error(`${shortName}: a service publishes only on its own topics, not ${topic}`);
  }
  if (data._zod.def.catchall?._zod.def.type !== 'never') {
    throw new Error(`${shortName}: data must be a z.strictObject so unknown fields are rejected`);
  }
  if (!(key in data.shape)) {
    throw new Error(`${shortName}: key "${key}" is not a data field`);
  }
  // The example is what the catalog shows analysts and consumers: it must be data a producer
  // could publish as it stands, so parsing must neither fail nor change it (no default filled in).
  if (example === undefined) {
    throw new Error(`${shortName}: an example of the data is required`);
  }
  const parsedExample = data.safeParse(example);
  if (!parsedExample.success) {
    const issues = toContractIssues(parsedExample.error, ['data']).map(formatIssue).join('; ');
    throw new Error(`${shortName}: the example is not valid data: ${issues}`);
  }
  if (!isDeepStrictEqual(parsedExample.data, example)) {
    throw new Error(`${shortName}: the example changes when parsed (a default filled in?); write it as published`);
  }

  const type = `backoffice.${shortName}.v${version}` as `backoffice.${TService}.${TAggregate}.${TName}.v${TVersion}`;
  const source = eventSource(service);
  const dataschema = dataSchemaUri(type);
  // TypeScript cannot resolve zod's inferred output for a generic data schema, so the
  // envelope type is stated once here; a test checks the generic envelope against it.
  const envelopeSchema = envelopeSchemaFor({ type, source, dataschema, data }) as unknown as z.ZodType<
    EventEnvelope<z.output<TSchema>, typeof type>
  >;

  return {
    type,
    shortName,
    service,
    aggregate,
    name,
    version,
    topic,
    key,
    source,
    dataschema,
    description,
    schema: data,
    example: deepFreeze(structuredClone(example)),
    envelopeSchema,
    parse: (envelope: unknown) => checked(envelopeSchema.safeParse(envelope)),
    read: (envelope: unknown) => checked(safeParseTolerantly(envelopeSchema, envelope)),
  };

  function checked(result: z.ZodSafeParseResult<EventEnvelope<z.output<TSchema>, typeof type>>) {
    if (!result.success) {
      const onlyData = result.error.issues.every((issue) => issue.path[0] === 'data');
      const code = onlyData ? 'INVALID_DATA' : 'INVALID_ENVELOPE';
      throw new EventContractError(code, `Invalid ${type} event`, toContractIssues(result.error), type);
    }
    const subject = (result.data.data as Record<string, unknown>)[key];
    // The key field and the subject must agree, or ordering by key would be a lie.
    if (result.data.subject !== subject) {
      throw new EventContractError(
        'INVALID_ENVELOPE',
        `Invalid ${type} event`,
        [{ path: 'subject', message: `Expected the ${key} in data (${String(subject)})` }],
        type,
      );
    }
    return result.data;
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

// A tolerant reader's parse. Producers may add an optional field to an event (or an attribute to
// the envelope, such as `causationid`) without a new version, so a consumer built against the
// older contract must ignore what it does not know rather than dead-letter the event. The strict
// writer's schema stays the only schema: what it reports as unrecognized keys (at any depth) is
// dropped from a copy of the value, which is then parsed again; every other rule still applies.
export function safeParseTolerantly<T>(schema: z.ZodType<T>, value: unknown): z.ZodSafeParseResult<T> {
  let candidate = value;
  let copied = false;
  for (;;) {
    const result = schema.safeParse(candidate);
    if (result.success) return result;
    const unknownKeys = result.error.issues.filter((issue) => issue.code === 'unrecognized_keys');
    if (unknownKeys.length === 0) return result;
    if (!copied) {
      candidate = structuredClone(candidate);
      copied = true;
    }
    // A pass that drops nothing would repeat itself; let the error stand instead.
    if (!unknownKeys.map((issue) => dropKeys(candidate, issue.path, issue.keys)).some(Boolean)) return result;
  }
}

function dropKeys(root: unknown, path: readonly PropertyKey[], keys: readonly string[]): boolean {
  let node = root;
  for (const segment of path) {
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  if (typeof node !== 'object' || node === null) return false;
  const record = node as Record<string, unknown>;
  const present = keys.filter((name) => Object.hasOwn(record, name));
  for (const name of present) delete record[name];
  return present.length > 0;
}

// Producers call this before writing to the outbox; returns the parsed data.
export function validateEventData<C extends AnyEventContract>(contract: C, data: unknown): EventDataOf<C> {
  const result = contract.schema.safeParse(data);
  if (!result.success) {
    throw new EventContractError(
      'INVALID_DATA',
      `Invalid data for ${contract.type}`,
      toContractIssues(result.error, ['data']),
      contract.type,
    );
  }
  return result.data as EventDataOf<C>;
}

export interface NewEvent<TData> {
  data: TData;
  sequence: number;
  actor: string;
  correlationid: string;
  // The event this one reacts to; absent when a person's command caused it.
  causationid?: string;
  traceparent?: string;
  // Defaults to a random uuid; pass one to make an outbox write idempotent.
  id?: string;
  // Defaults to now.
  time?: Date;
}

// Builds a complete, validated envelope for the outbox; `subject` comes from the key field.
export function createEventEnvelope<C extends AnyEventContract>(
  contract: C,
  event: NewEvent<EventDataOf<C>>,
): EventEnvelopeOf<C> {
  const data = validateEventData(contract, event.data);
  const envelope = {
    id: event.id ?? randomUUID(),
    specversion: SPEC_VERSION,
    source: contract.source,
    type: contract.type,
    subject: String((data as Record<string, unknown>)[contract.key]),
    time: (event.time ?? new Date()).toISOString(),
    datacontenttype: DATA_CONTENT_TYPE,
    dataschema: contract.dataschema,
    data,
    sequence: event.sequence,
    actor: event.actor,
    correlationid: event.correlationid,
    ...(event.causationid === undefined ? {} : { causationid: event.causationid }),
    ...(event.traceparent === undefined ? {} : { traceparent: event.traceparent }),
  };
  // Checks the envelope fields too (sequence, actor, traceparent), not only data.
  return contract.parse(envelope) as EventEnvelopeOf<C>;
}
