import { DEVELOPMENT_KAFKA_PASSWORDS, isPlannedResourceName, isRestrictedTopic, kafkaAclPlan, kafkaLogins, topicConsumers, topicOwner, type KafkaAcl, type KafkaAclOperation, type KafkaLogin } from '../src/kafka-access';
import { baseTopics, type TopicBase } from '../src/topics';

// What the broker would allow under a plan: a literal binding names the resource, a prefixed one
// starts it; reading or writing also lets a login describe.
function allows(plan: KafkaAcl[], login: KafkaLogin, resourceType: KafkaAcl['resourceType'], name: string, operation: KafkaAclOperation): boolean {
  return plan.some(
    (acl) =>
      acl.principal === `User:${login}` &&
      acl.resourceType === resourceType &&
      acl.operation === operation &&
      (acl.patternType === 'literal' ? acl.resourceName === name : name.startsWith(acl.resourceName)),
  );
}

const prefix = 't1-';
const plan = kafkaAclPlan(prefix);
const readers = (topic: string) => kafkaLogins.filter((login) => allows(plan, login, 'topic', topic, 'read'));
const writers = (topic: string) => kafkaLogins.filter((login) => allows(plan, login, 'topic', topic, 'write'));

describe('Kafka access derived from the topics', () => {
  it('pay on hr.compensation.v1 is read by accounting and hr, its owner, alone', () => {
    expect(readers('t1-hr.compensation.v1').sort()).toEqual(['accounting', 'hr']);
    expect(readers('t1-hr.compensation.v1.dlq')).toEqual(['hr']);
  });

  it('the journal and the budgets are restricted to accounting, and so is every topic named -restricted', () => {
    expect(readers('t1-accounting.journal.v1')).toEqual(['accounting']);
    expect(readers('t1-accounting.budget.v1')).toEqual(['accounting']);
    expect(baseTopics.filter(isRestrictedTopic).sort()).toEqual(['accounting.budget.v1', 'accounting.journal.v1', 'hr.compensation.v1']);
    expect(isRestrictedTopic('hr.medical-restricted.v1' as TopicBase)).toBe(true);
  });

  it('analysts read every topic that is not restricted and no dead-letter topic', () => {
    const open = baseTopics.filter((topic) => !isRestrictedTopic(topic));
    expect(open.length).toBe(baseTopics.length - 3);
    for (const topic of open) expect(readers(`${prefix}${topic}`)).toContain('analyst');
    for (const topic of baseTopics) {
      expect(readers(`${prefix}${topic}.dlq`)).not.toContain('analyst');
      expect(writers(`${prefix}${topic}`)).not.toContain('analyst');
    }
  });

  it("each topic is written by the service it is named after alone; its consumers write only its dead letters", () => {
    for (const topic of baseTopics) expect(writers(`${prefix}${topic}`)).toEqual([topicOwner(topic)]);
    expect(writers('t1-hr.employee.v1.dlq').sort()).toEqual(['accounting', 'hr', 'it']);
    expect(readers('t1-hr.employee.v1').sort()).toEqual(['accounting', 'analyst', 'hr', 'it']);
  });

  it("each service's consumer groups are under its name, the analysts' under theirs", () => {
    expect(allows(plan, 'it', 'group', 't1-it.provision-new-hires', 'read')).toBe(true);
    expect(allows(plan, 'it', 'group', 't1-accounting.workforce', 'read')).toBe(false);
    expect(allows(plan, 'analyst', 'group', 't1-analyst.dashboard', 'read')).toBe(true);
    expect(allows(plan, 'analyst', 'group', 't1-hr.anything', 'read')).toBe(false);
  });

  it('a test run prefix keeps its grants apart: nothing is granted outside the prefix', () => {
    expect(plan.every((acl) => acl.resourceName.startsWith(prefix))).toBe(true);
    expect(readers('hr.employee.v1')).toEqual([]);
    expect(isPlannedResourceName('t1-hr.employee.v1', 't1-')).toBe(true);
    expect(isPlannedResourceName('t1-hr.employee.v1.dlq', 't1-')).toBe(true);
    expect(isPlannedResourceName('t1-analyst.', 't1-')).toBe(true);
    // The unprefixed plan does not speak for a test run's names, nor for names it never makes.
    expect(isPlannedResourceName('t1-hr.employee.v1', '')).toBe(false);
    expect(isPlannedResourceName('billing.invoice.v1', '')).toBe(false);
  });

  it('a consumer added to a restricted topic it may not read makes the plan fail rather than grant it', () => {
    const leaking = { ...topicConsumers, 'hr.compensation.v1': ['accounting', 'it'] as const };
    expect(() => kafkaAclPlan('', leaking)).toThrow(/it consumes hr.compensation.v1, a restricted topic/);
  });

  it('every login has a development password of its own', () => {
    expect(new Set(Object.values(DEVELOPMENT_KAFKA_PASSWORDS)).size).toBe(kafkaLogins.length);
  });
});
