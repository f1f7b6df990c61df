import { createHash } from 'node:crypto';
import { z } from 'zod';
import { createEventEnvelope, type AnyEventContract } from './contract';
import { CLOUDEVENTS_CONTENT_TYPE, SYSTEM_ACTOR, type Service } from './envelope';
import { allEventContracts } from './registry';
import {
  DEAD_LETTER_RETENTION,
  DLQ_PARTITIONS,
  TOPIC_PARTITIONS,
  baseTopics,
  deadLetterTopic,
  retentionConfig,
  topicRetention,
  type Retention,
  type TopicBase,
} from './topics';

// The analysts' catalog, generated from the contracts so it cannot drift from what
// producers and consumers actually validate.

type JsonSchema = Record<string, unknown>;
export type AsyncApiDocument = Record<string, unknown>;

const KAFKA_BINDING_VERSION = '0.5.0';

const topicDescriptions: Record<TopicBase, string> = {
  'hr.employee.v1': 'Employee lifecycle: hire, profile changes, transfers, termination (and its withdrawal), rehire. No pay, private contact data or termination reasons.',
  'hr.department.v1': 'Department structure.',
  'hr.compensation.v1':
    'Pay changes. The only topic that carries salary; read only by accounting (ACLs in production), not by analysts.',
  'hr.leave.v1': 'Leave requests and their decisions: periods, half days, working days and whether they are unpaid. No leave types or free text.',
  'hr.calendar.v1': "The company calendar: holidays, each a whole day in the company's time zone.",
  'hr.workflow.v1': "Onboarding and offboarding processes and their steps, requests to retry a department's failed reaction, and the offboarding policy.",
  'accounting.journal.v1': 'The ledger: journal entries posted and reversed, periods closed and reopened, fiscal years closed. Restricted (memos, per-department lines): accounting and auditors read it, not analysts.',
  'accounting.expense.v1': 'Expense claims and their decisions.',
  'accounting.fixed-asset.v1': 'Equipment in the books: capitalised (or expensed below the threshold), depreciated each month, disposed of, or charged to a leaver who kept it.',
  'accounting.payroll.v1': 'Payroll runs (month, kind, headcount; the total only for five people or more) and who each posted run paid, without amounts.',
  'accounting.budget.v1': "Departments' budgets as they are set, and each crossing of 80% and 100% of a budget by a posting (once per budget and threshold).",
  'it.asset.v1': 'Equipment: inventory, hand-over to and return from employees, repair, loss and retirement.',
  'it.license.v1': 'Software licences: seats given to and freed from employees, renewals.',
  'it.ticket.v1': 'Support tickets.',
  'it.access.v1': 'Accounts on company systems granted to and revoked from employees.',
  'hr.reaction.v1': "HR's reactions to other services' events that were dead-lettered, for processes to show and retry.",
  'accounting.reaction.v1': "Accounting's reactions to other services' events that were dead-lettered, for processes to show and retry.",
  'it.reaction.v1': "IT's reactions to other services' events that were dead-lettered, for processes to show and retry.",
};

function describeRetention(retention: Retention): string {
  return retention === 'forever' ? 'keeps every event (replayable from offset 0)' : `keeps events ${retention.days} days`;
}

// The Kafka binding's topicConfiguration, from the settings the services apply at start-up.
function topicConfiguration(retention: Retention): JsonSchema {
  const config = retentionConfig(retention);
  return {
    'cleanup.policy': [config['cleanup.policy']],
    'retention.ms': Number(config['retention.ms']),
    'retention.bytes': Number(config['retention.bytes']),
  };
}

// AsyncAPI ids allow only [A-Za-z0-9_-].
function channelId(topic: TopicBase): string {
  return topic.replace(/\./g, '-');
}

function messageId(contract: AnyEventContract): string {
  return `${contract.shortName}.v${contract.version}`.replace(/\./g, '-');
}

// AsyncAPI's default schema format is a JSON Schema draft-07 superset.
function toDraft7(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-7' }) as JsonSchema;
  return rest;
}

// Examples: each contract's example data in a whole envelope, as it would be on the topic. Every
// envelope attribute is fixed (no random id, no clock) so the generated file is the same on each
// run; the ids and dates are fictional, like the data.
const EXAMPLE_TIME = new Date('2026-05-15T08:30:00.000Z');
const EXAMPLE_CORRELATION_ID = '9e1b7c3a-5d2f-4a8e-b6c0-3f7d1e9a2b54';
// Who caused each service's example: someone in HR, in accounting, on IT's helpdesk (the same
// fictional people as in the contracts' examples); a reaction's failure is the system's.
const EXAMPLE_ACTORS: Record<Service, string> = {
  hr: '31970a03-f96b-451b-8f5a-2a44e1cc977c',
  accounting: 'fae630a9-7ac0-43e9-a4fd-6b09c150d59e',
  it: 'f1122157-4c65-4f21-9859-a4f8ecd3139e',
};
// The namespace of the examples' name-based (version 5) event ids, one per event type.
const EXAMPLE_ID_NAMESPACE = '6b1f3c2e-8d4a-4e5b-9c7d-0a1b2c3d4e5f';

function exampleEventId(type: string): string {
  const namespace = Buffer.from(EXAMPLE_ID_NAMESPACE.replace(/-/g, ''), 'hex');
  const bytes = createHash('sha1').update(namespace).update(type).digest().subarray(0, 16);
  bytes.writeUInt8((bytes.readUInt8(6) & 0x0f) | 0x50, 6);
  bytes.writeUInt8((bytes.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function messageExample(contract: AnyEventContract): JsonSchema {
  const payload = createEventEnvelope(contract, {
    data: contract.example,
    id: exampleEventId(contract.type),
    time: EXAMPLE_TIME,
    sequence: 1,
    actor: contract.aggregate === 'reaction' ? SYSTEM_ACTOR : EXAMPLE_ACTORS[contract.service],
    correlationid: EXAMPLE_CORRELATION_ID,
  });
  return {
    name: messageId(contract),
    summary: `Example: ${contract.shortName} v${contract.version} as it is on ${contract.topic} (fictional people and ids).`,
    payload,
  };
}

function message(contract: AnyEventContract): JsonSchema {
  return {
    name: contract.type,
    title: contract.shortName,
    summary: contract.description,
    description:
      `${contract.description}\n\nCloudEvents type \`${contract.type}\`, source \`${contract.source}\`, ` +
      `dataschema \`${contract.dataschema}\`. Kafka key and \`subject\`: \`data.${contract.key}\`.`,
    contentType: CLOUDEVENTS_CONTENT_TYPE,
    correlationId: { location: '$message.payload#/correlationid' },
    payload: toDraft7(contract.envelopeSchema),
    examples: [messageExample(contract)],
    bindings: {
      kafka: {
        key: { type: 'string', format: 'uuid', description: `The aggregate id, data.${contract.key}.` },
        bindingVersion: KAFKA_BINDING_VERSION,
      },
    },
  };
}

export function buildAsyncApiDocument(): AsyncApiDocument {
  const contracts: readonly AnyEventContract[] = allEventContracts;
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};

  for (const topic of baseTopics) {
    const onTopic = contracts.filter((contract) => contract.topic === topic);
    const id = channelId(topic);
    channels[id] = {
      address: topic,
      title: topic,
      description:
        `${topicDescriptions[topic]} Key: the aggregate id. ${TOPIC_PARTITIONS} partitions; ${describeRetention(topicRetention[topic])}; ` +
        `failed events go to \`${deadLetterTopic(topic)}\` (${DLQ_PARTITIONS} partition, ${describeRetention(DEAD_LETTER_RETENTION)}).`,
      messages: Object.fromEntries(
        onTopic.map((contract) => [messageId(contract), { $ref: `#/components/messages/${messageId(contract)}` }]),
      ),
      bindings: {
        kafka: {
          topic,
          partitions: TOPIC_PARTITIONS,
          topicConfiguration: topicConfiguration(topicRetention[topic]),
          bindingVersion: KAFKA_BINDING_VERSION,
        },
      },
    };
    const producer = onTopic[0]?.service ?? topic.split('.')[0];
    operations[`publish-${id}`] = {
      action: 'send',
      title: `${producer} publishes on ${topic}`,
      channel: { $ref: `#/channels/${id}` },
      messages: onTopic.map((contract) => ({ $ref: `#/channels/${id}/messages/${messageId(contract)}` })),
    };
    for (const contract of onTopic) {
      messages[messageId(contract)] = message(contract);
    }
  }

  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Backoffice events',
      version: '1.0.0',
      description:
        'Domain events of the HR, accounting and IT services. Each Kafka value is a CloudEvents 1.0 ' +
        'envelope in structured JSON mode; the key is the aggregate id. Salary travels only on hr.compensation.v1. ' +
        'Within a version, producers may add optional fields and envelope attributes: read tolerantly and ignore ' +
        'what you do not know. A breaking change is a new type version (`.v2`) on the same topic. ' +
        'Generated from packages/events; do not edit by hand.',
    },
    defaultContentType: CLOUDEVENTS_CONTENT_TYPE,
    channels,
    operations,
    components: { messages },
  };
}

// The exact text committed as asyncapi.json; the staleness test compares against it.
export function renderAsyncApiJson(): string {
  return `${JSON.stringify(buildAsyncApiDocument(), null, 2)}\n`;
}
