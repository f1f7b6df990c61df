import { z } from 'zod';
import { buildAsyncApiDocument } from './asyncapi';
import type { AnyEventContract } from './contract';
import { eventEnvelopeSchema } from './envelope';
import { isRestrictedTopic, topicConsumers, topicOwner } from './kafka-access';
import { allEventContracts } from './registry';
import { DEAD_LETTER_RETENTION, DLQ_PARTITIONS, TOPIC_PARTITIONS, baseTopics, deadLetterTopic, topicRetention, type Retention, type TopicBase } from './topics';

// docs/events.md: the analysts' catalog for people, generated from the same contracts as
// asyncapi.json (and written with it), so neither can drift from what producers validate.
// A test fails when the committed file is not what this renders.

type JsonSchema = { type?: string | string[]; properties?: Record<string, JsonSchema>; required?: string[]; items?: JsonSchema; anyOf?: JsonSchema[]; enum?: unknown[]; const?: unknown; format?: string; pattern?: string; description?: string; minimum?: number; maximum?: number };

type Field = { path: string; type: string; required: boolean; nullable: boolean; description: string };

const retentionText = (retention: Retention) => (retention === 'forever' ? 'kept forever' : `kept ${retention.days} days`);

// The topic's key field: what every contract on it keys by (several when they differ).
function keysOf(contracts: readonly AnyEventContract[]): string {
  const keys = [...new Set(contracts.map((contract) => contract.key))];
  return keys.map((key) => `\`${key}\``).join(', ');
}

function readersOf(topic: TopicBase): string {
  const services = [topicOwner(topic), ...topicConsumers[topic].filter((service) => service !== topicOwner(topic))];
  return [...services, ...(isRestrictedTopic(topic) ? [] : ['analysts'])].join(', ');
}

function typeOf(schema: JsonSchema): { type: string; nullable: boolean } {
  if (schema.anyOf) {
    const nonNull = schema.anyOf.filter((option) => option.type !== 'null');
    const inner = nonNull.length === 1 ? typeOf(nonNull[0]!) : { type: nonNull.map((option) => typeOf(option).type).join(' | '), nullable: false };
    return { type: inner.type, nullable: nonNull.length < schema.anyOf.length || inner.nullable };
  }
  if (schema.const !== undefined) return { type: `\`${JSON.stringify(schema.const)}\``, nullable: false };
  if (schema.enum) return { type: schema.enum.map((value) => `\`${String(value)}\``).join(' \\| '), nullable: false };
  if (schema.type === 'array') return { type: `array of ${schema.items ? typeOf(schema.items).type : 'any'}`, nullable: false };
  if (Array.isArray(schema.type)) {
    const nonNull = schema.type.filter((type) => type !== 'null');
    return { type: nonNull.join(' | '), nullable: nonNull.length < schema.type.length };
  }
  const detail = schema.format ? ` (${schema.format})` : schema.pattern ? ` (\`${schema.pattern.replace(/\|/g, '\\|')}\`)` : '';
  const range = schema.minimum !== undefined || schema.maximum !== undefined ? ` ${schema.minimum ?? ''}..${schema.maximum ?? ''}` : '';
  return { type: `${schema.type ?? 'any'}${detail}${range}`, nullable: false };
}

// Every field, nested ones by path (`lines[].debit`), in the schema's order.
function fieldsOf(schema: JsonSchema, prefix = ''): Field[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
    const path = `${prefix}${name}`;
    const { type, nullable } = typeOf(property);
    const field: Field = { path, type, required: required.has(name), nullable, description: property.description ?? '' };
    const objectInside = property.type === 'object' ? property : property.type === 'array' && property.items?.type === 'object' ? property.items : property.anyOf?.find((option) => option.type === 'object');
    const nested = objectInside ? fieldsOf(objectInside, property.type === 'array' ? `${path}[].` : `${path}.`) : [];
    return [field, ...nested];
  });
}

// A table cell: one line, and every pipe not already escaped escaped.
const cell = (text: string) => text.replace(/\n/g, ' ').replace(/(?<!\\)\|/g, '\\|');

function fieldTable(fields: readonly Field[]): string[] {
  return [
    '| field | type | required | nullable | |',
    '| --- | --- | --- | --- | --- |',
    ...fields.map((field) => `| \`${field.path}\` | ${cell(field.type)} | ${field.required ? 'yes' : 'no'} | ${field.nullable ? 'yes' : 'no'} | ${cell(field.description)} |`),
  ];
}

function eventSection(contract: AnyEventContract): string[] {
  const schema = z.toJSONSchema(contract.schema, { unrepresentable: 'any' }) as JsonSchema;
  const example = (contract as { example?: unknown }).example;
  return [
    `#### \`${contract.type}\``,
    '',
    contract.description,
    '',
    `Key: \`${contract.key}\` (the envelope's \`subject\`).`,
    '',
    ...fieldTable(fieldsOf(schema)),
    ...(example === undefined ? [] : ['', '<details><summary>Example data</summary>', '', '```json', JSON.stringify(example, null, 2), '```', '', '</details>']),
    '',
  ];
}

export function renderEventCatalog(): string {
  const document = buildAsyncApiDocument() as { channels: Record<string, { address: string; description: string }> };
  const describedTopic = new Map(Object.values(document.channels).map((channel) => [channel.address, channel.description]));
  const contracts: readonly AnyEventContract[] = allEventContracts;
  const envelope = z.toJSONSchema(eventEnvelopeSchema, { unrepresentable: 'any' }) as JsonSchema;
  const lines = [
    '# Event catalog',
    '',
    '<!-- Generated from packages/events (contracts, topics, access): `pnpm --filter @backoffice/events asyncapi` writes it',
    'with asyncapi.json. Do not edit by hand: packages/events/test/catalog.test.ts fails when it is stale. -->',
    '',
    'Every business fact of HR, accounting and IT is a CloudEvents 1.0 envelope (structured JSON) on a Kafka',
    'topic. The machine-readable catalog is [packages/events/asyncapi.json](../packages/events/asyncapi.json)',
    '(AsyncAPI 3); this page is the same catalog for people.',
    '',
    '## Reading the stream',
    '',
    `- **Keys and ordering.** The Kafka key is the aggregate id (the envelope's \`subject\`), so one aggregate's events`,
    `  stay in order on one partition; each envelope's \`sequence\` increases per aggregate: skip an event whose sequence`,
    `  you have passed. Every topic has ${TOPIC_PARTITIONS} partitions, fixed from the start.`,
    '- **Delivery.** At least once: deduplicate on the envelope `id`.',
    '- **Chains.** `correlationid` is shared by everything one request caused; `causationid` names the event a reaction',
    '  answers. HR\'s `correlatedEvents(correlationId)` lists a chain across services.',
    '- **Versions.** Within a version producers may add optional fields and envelope attributes: read tolerantly and',
    '  ignore what you do not know. A breaking change is a new type version (`.v2`) on the same topic.',
    `- **Dead letters.** A consumer's failed events go to \`<topic>.dlq\` (${DLQ_PARTITIONS} partition, ${retentionText(DEAD_LETTER_RETENTION)}); analysts do not read them.`,
    '- **Access.** Each login reads what the broker\'s ACLs grant it (packages/events/src/kafka-access.ts): a topic\'s',
    '  owner, the services that consume it, and analysts unless the topic is restricted.',
    '',
    '## Topics',
    '',
    '| topic | owner | key | who may read | retention | events |',
    '| --- | --- | --- | --- | --- | --- |',
    ...baseTopics.map((topic) => {
      const onTopic = contracts.filter((contract) => contract.topic === topic);
      return `| [\`${topic}\`](#${topic.replace(/\./g, '')}) | ${topicOwner(topic)} | ${keysOf(onTopic)} | ${readersOf(topic)}${isRestrictedTopic(topic) ? ' (restricted)' : ''} | ${retentionText(topicRetention[topic])} | ${onTopic.length} |`;
    }),
    '',
    '## The envelope',
    '',
    ...fieldTable(fieldsOf(envelope).filter((field) => !field.path.startsWith('data.'))),
    '',
    '## Events by topic',
    '',
  ];
  for (const topic of baseTopics) {
    const onTopic = contracts.filter((contract) => contract.topic === topic);
    lines.push(`### ${topic}`, '', describedTopic.get(topic) ?? '', '', `Dead letters: \`${deadLetterTopic(topic)}\`. Read by: ${readersOf(topic)}.`, '');
    for (const contract of onTopic) lines.push(...eventSection(contract));
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
