import { services, type Service } from './envelope';
import { baseTopics, deadLetterTopic, topicName, type TopicBase } from './topics';

// Who may do what on Kafka. The broker's ACLs are computed here from the topic list, never
// written by hand, and applied by `node infra/dist/cli.js acls` (every local stack start does it
// for the local broker; an operator runs it against production):
//
// - A service owns the topics named after it (`hr.`, `accounting.`, `it.`), dead-letter topics
//   included: it creates, writes, reads and configures them.
// - A service reads the topics it consumes (topicConsumers), and writes their dead letters.
// - The analyst login reads every topic that is not restricted, and no dead-letter topic: dead
//   letters carry the consumer's error text, which the published reaction facts leave out.
// - Consumer groups: a service's are named `<service>.<reaction>` (its inbox consumers), the
//   analysts' `analyst.<anything>`.
// - The admin login manages ACLs and runs operators' tools (redrive); it is a super user of the
//   broker, so it has no grants here.
// Every name carries KAFKA_PREFIX, so a test run's grants reach no other run's topics.

export const kafkaLogins = [...services, 'analyst', 'admin'] as const;
export type KafkaLogin = (typeof kafkaLogins)[number];

// Public on purpose (they are in this repository): the local broker's logins, for development
// and tests only. Production refuses them (kafkaProductionProblems in packages/platform).
export const DEVELOPMENT_KAFKA_PASSWORDS: Readonly<Record<KafkaLogin, string>> = {
  hr: 'backoffice-dev-kafka-hr',
  accounting: 'backoffice-dev-kafka-accounting',
  it: 'backoffice-dev-kafka-it',
  analyst: 'backoffice-dev-kafka-analyst',
  admin: 'backoffice-dev-kafka-admin',
};

// The services that consume each topic besides its owner. Kept equal to the topics each
// service's subgraph declares (e2e/test/kafka-access.test.ts fails otherwise), so a service's
// login reads exactly what it consumes: a new consumer of another department's topic starts by
// adding its service here.
export const topicConsumers: Readonly<Record<TopicBase, readonly Service[]>> = {
  'hr.employee.v1': ['it', 'accounting'],
  'hr.department.v1': [],
  'hr.compensation.v1': ['accounting'],
  'hr.leave.v1': ['accounting', 'it'],
  'hr.calendar.v1': ['accounting', 'it'],
  // Retry requests for a department's failed reaction; the offboarding policy.
  'hr.workflow.v1': ['accounting', 'it'],
  'accounting.journal.v1': [],
  'accounting.expense.v1': [],
  'accounting.budget.v1': [],
  'accounting.payroll.v1': ['hr'],
  'accounting.fixed-asset.v1': ['hr'],
  'it.asset.v1': ['accounting', 'hr'],
  'it.license.v1': [],
  'it.ticket.v1': ['hr'],
  'it.access.v1': ['hr'],
  'hr.reaction.v1': [],
  'accounting.reaction.v1': ['hr'],
  'it.reaction.v1': ['hr'],
};

// Restricted topics carry private data (DESIGN.md, "Restricted topics"): only their owner and the
// services listed here read them, never analysts. Their dead-letter topics hold copies of their
// messages, so the same logins alone reach them. Every other topic is one analysts read, so its
// events carry no pay, private contact data, termination reasons, leave types or free text about
// a person: hr.employee.v1 and hr.leave.v1 qualify since their v2 events (version 1 carried a
// termination reason and leave types; production never publishes it).
export const restrictedTopicReaders: Readonly<Partial<Record<TopicBase, readonly Service[]>>> = {
  // Salary, pay changes and their reasons: accounting runs payroll from it.
  'hr.compensation.v1': ['accounting'],
  // Free-text memos and reversal reasons, and payroll postings that show pay per department:
  // accounting's alone (auditors would be listed once they have a login).
  'accounting.journal.v1': [],
  // Budgets and spend per department: a small department's spend is close to its people's pay
  // (salaries are most of it), so it stays with accounting like the journal.
  'accounting.budget.v1': [],
};

// `<service>.<aggregate>-restricted.v<n>` is restricted by its name, read by its owner alone
// unless restrictedTopicReaders lists more.
const RESTRICTED_BY_NAME = /-restricted\.v\d+$/;

export function isRestrictedTopic(topic: TopicBase): boolean {
  return topic in restrictedTopicReaders || RESTRICTED_BY_NAME.test(topic);
}

export function topicOwner(topic: TopicBase): Service {
  const owner = services.find((service) => topic.startsWith(`${service}.`));
  if (!owner) throw new Error(`Topic ${topic} is not named after the service that owns it (<service>.<aggregate>.v<n>)`);
  return owner;
}

export type KafkaAclOperation = 'read' | 'write' | 'create' | 'describe-configs' | 'alter-configs';

// One ALLOW binding, from any host. Reading or writing implies describing, so `describe` is never
// listed on its own.
export type KafkaAcl = {
  principal: `User:${KafkaLogin}`;
  resourceType: 'topic' | 'group';
  patternType: 'literal' | 'prefixed';
  resourceName: string;
  operation: KafkaAclOperation;
};

// The logins whose grants the plan decides; a binding of theirs the plan no longer derives is
// stale. The admin is a super user and has none.
export const grantedKafkaLogins = kafkaLogins.filter((login) => login !== 'admin');

export const groupPrefixOf = (login: KafkaLogin): string => `${login}.`;

// Every ALLOW binding the broker must hold for the topics and groups under `prefix`. Refuses a
// consumer of a restricted topic that restrictedTopicReaders does not list.
export function kafkaAclPlan(prefix: string, consumers: Readonly<Record<TopicBase, readonly Service[]>> = topicConsumers): KafkaAcl[] {
  const plan: KafkaAcl[] = [];
  const grant = (login: KafkaLogin, resourceType: KafkaAcl['resourceType'], patternType: KafkaAcl['patternType'], resourceName: string, operations: KafkaAclOperation[]) => {
    for (const operation of operations) plan.push({ principal: `User:${login}`, resourceType, patternType, resourceName, operation });
  };

  for (const service of services) {
    // Creating and configuring belong with writing: every service ensures its topics at start-up.
    grant(service, 'topic', 'prefixed', `${prefix}${service}.`, ['create', 'write', 'read', 'describe-configs', 'alter-configs']);
    grant(service, 'group', 'prefixed', `${prefix}${groupPrefixOf(service)}`, ['read']);
  }
  for (const topic of baseTopics) {
    for (const consumer of consumers[topic]) {
      if (consumer === topicOwner(topic)) continue;
      if (isRestrictedTopic(topic) && !restrictedTopicReaders[topic]?.includes(consumer)) {
        throw new Error(`${consumer} consumes ${topic}, a restricted topic it may not read: list it in restrictedTopicReaders only if it must see that data`);
      }
      // A consumer ensures the topics it reads exist too, and dead-letters what it cannot apply.
      // Their settings stay the owner's to change.
      grant(consumer, 'topic', 'literal', topicName(topic, prefix), ['read', 'create', 'describe-configs']);
      grant(consumer, 'topic', 'literal', topicName(deadLetterTopic(topic), prefix), ['write', 'create', 'describe-configs']);
    }
    if (!isRestrictedTopic(topic)) grant('analyst', 'topic', 'literal', topicName(topic, prefix), ['read']);
  }
  grant('analyst', 'group', 'prefixed', `${prefix}${groupPrefixOf('analyst')}`, ['read']);
  return plan;
}

// Whether the plan for `prefix` speaks for a resource: its name is the prefix followed by a topic
// named after a service, or by one of the logins' group prefixes. Lets a sync remove stale grants
// without touching another prefix's (a test run's) or ones this code never makes.
export function isPlannedResourceName(resourceName: string, prefix: string): boolean {
  if (!resourceName.startsWith(prefix)) return false;
  const rest = resourceName.slice(prefix.length);
  const logins = grantedKafkaLogins.join('|');
  return new RegExp(`^(${logins})\\.$`).test(rest) || new RegExp(`^(${services.join('|')})\\.[a-z][a-z0-9-]*\\.v\\d+(\\.dlq)?$`).test(rest);
}
