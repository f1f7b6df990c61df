import { z } from 'zod';
import { isoDateTime, nonEmptyString, uuid } from './scalars';

// CloudEvents 1.0 in structured mode: the whole envelope is the JSON Kafka value.

export const services = ['hr', 'accounting', 'it'] as const;
export type Service = (typeof services)[number];

export const SPEC_VERSION = '1.0';
export const DATA_CONTENT_TYPE = 'application/json';
// The Kafka `content-type` header for a structured-mode CloudEvent.
export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json';
export const SYSTEM_ACTOR = 'system';

const DATA_SCHEMA_BASE = 'https://backoffice.dev/schemas/';

export function eventSource(service: Service): `/backoffice/${Service}` {
  return `/backoffice/${service}`;
}

// One URI per type and version, so `dataschema` alone tells an analyst which schema applies.
export function dataSchemaUri(type: string): string {
  return `${DATA_SCHEMA_BASE}${type}.json`;
}

// W3C trace context `traceparent`: version-traceid-parentid-flags.
export const TRACEPARENT_PATTERN = /^[\da-f]{2}-[\da-f]{32}-[\da-f]{16}-[\da-f]{2}$/;

export interface EventEnvelope<TData, TType extends string = string> {
  id: string;
  specversion: typeof SPEC_VERSION;
  source: string;
  type: TType;
  // The aggregate id; it is also the Kafka key.
  subject: string;
  time: string;
  datacontenttype: typeof DATA_CONTENT_TYPE;
  dataschema: string;
  data: TData;
  // Per aggregate and increasing; consumers skip an event whose sequence they have passed.
  sequence: number;
  // The employee id of whoever caused the event, or `system`.
  actor: string;
  correlationid: string;
  // The id of the event a reaction answers: with correlationid, the chain a request set off.
  causationid?: string;
  traceparent?: string;
}

export const EVENT_TYPE_PATTERN = /^backoffice\.[a-z]+\.[a-z][a-z-]*\.[a-z][a-z-]*\.v[1-9]\d*$/;

// `backoffice.hr.employee.hired.v2` is version 2 of `backoffice.hr.employee.hired`: a consumer
// that handles an earlier version of the same event can tell it meets a newer one.
export function eventTypeVersion(type: string): { event: string; version: number } | undefined {
  if (!EVENT_TYPE_PATTERN.test(type)) return undefined;
  const at = type.lastIndexOf('.v');
  return { event: type.slice(0, at), version: Number(type.slice(at + 2)) };
}

// Builds the envelope in CloudEvents attribute order (it is the order the AsyncAPI
// catalog shows); the generic envelope and each contract differ only in the narrowed fields.
function envelopeObject<TSource extends z.ZodType, TType extends z.ZodType, TSchema extends z.ZodType, TData extends z.ZodType>(
  narrowed: { source: TSource; type: TType; dataschema: TSchema; data: TData },
) {
  return z.strictObject({
    id: uuid.describe('Unique per event; consumers deduplicate on it.'),
    specversion: z.literal(SPEC_VERSION),
    source: narrowed.source.describe('The producing service.'),
    type: narrowed.type.describe('backoffice.<service>.<aggregate>.<name>.v<version>'),
    subject: nonEmptyString.describe('The aggregate id; also the Kafka message key.'),
    time: isoDateTime.describe('When the fact happened (ISO 8601).'),
    datacontenttype: z.literal(DATA_CONTENT_TYPE),
    dataschema: narrowed.dataschema.describe('URI naming the schema of data.'),
    data: narrowed.data,
    sequence: z
      .number()
      .int()
      .positive()
      .describe('Increases per aggregate; consumers ignore an event whose sequence they have passed.'),
    actor: nonEmptyString.describe('Who caused the event: an employee id, "service:<name>" for a service account, or "system".'),
    correlationid: nonEmptyString.describe('Shared by every event one request caused.'),
    causationid: uuid.optional().describe('The id of the event this one reacts to; absent when a command caused it.'),
    traceparent: z
      .string()
      .regex(TRACEPARENT_PATTERN, 'Expected a W3C traceparent')
      .optional()
      .describe('W3C trace context of the producing request.'),
  });
}

// Any well-formed envelope, data not yet checked: the first step when consuming.
export const eventEnvelopeSchema = envelopeObject({
  source: z.string().regex(/^\/backoffice\/[a-z]+$/, 'Expected a source such as "/backoffice/hr"'),
  type: z.string().regex(EVENT_TYPE_PATTERN, 'Expected a type such as "backoffice.hr.employee.hired.v1"'),
  dataschema: z.url(),
  data: z.unknown().refine((value) => value !== undefined, 'Required'),
});

// The envelope of one event type: type, source and dataschema are fixed, data is strict.
export function envelopeSchemaFor<TType extends string, TData extends z.ZodType>(spec: {
  type: TType;
  source: string;
  dataschema: string;
  data: TData;
}) {
  return envelopeObject({
    source: z.literal(spec.source),
    type: z.literal(spec.type),
    dataschema: z.literal(spec.dataschema),
    data: spec.data,
  });
}
