import { AclOperationTypes, AclPermissionTypes, AclResourceTypes, ResourcePatternTypes, type Admin, type AclEntry } from 'kafkajs';
import { grantedKafkaLogins, isPlannedResourceName, kafkaAclPlan, type KafkaAcl, type KafkaAclOperation } from '@backoffice/events/kafka-access';

// Brings a broker's ACLs to the plan packages/events derives from the code
// (packages/events/src/kafka-access.ts): missing grants are created, and grants of the planned
// logins on planned names that the plan no longer derives are removed, so taking a consumer off a
// topic also takes its access away. Idempotent: a second run changes nothing. Needs a login
// allowed to manage ACLs (a super user, or ALTER and DESCRIBE on the cluster).

// Bindings as people read them: `{ principal: 'User:it', resourceType: 'topic', patternType:
// 'literal', resourceName: 'hr.employee.v1', operation: 'read', permission: 'allow', host: '*' }`.
export type KafkaAclBinding = { principal: string; resourceType: string; patternType: string; resourceName: string; operation: string; permission: string; host: string };
export type KafkaAclChanges = { created: KafkaAclBinding[]; removed: KafkaAclBinding[] };

const RESOURCE_TYPES = { topic: AclResourceTypes.TOPIC, group: AclResourceTypes.GROUP } as const;
const PATTERN_TYPES = { literal: ResourcePatternTypes.LITERAL, prefixed: ResourcePatternTypes.PREFIXED } as const;
const OPERATIONS: Record<KafkaAclOperation, AclOperationTypes> = {
  read: AclOperationTypes.READ,
  write: AclOperationTypes.WRITE,
  create: AclOperationTypes.CREATE,
  'describe-configs': AclOperationTypes.DESCRIBE_CONFIGS,
  'alter-configs': AclOperationTypes.ALTER_CONFIGS,
};
const ANY_HOST = '*';

const toEntry = (acl: KafkaAcl): AclEntry => ({
  principal: acl.principal,
  host: ANY_HOST,
  resourceType: RESOURCE_TYPES[acl.resourceType],
  resourceName: acl.resourceName,
  resourcePatternType: PATTERN_TYPES[acl.patternType],
  operation: OPERATIONS[acl.operation],
  permissionType: AclPermissionTypes.ALLOW,
});

const keyOf = (entry: AclEntry): string =>
  [entry.principal, entry.host, entry.resourceType, entry.resourcePatternType, entry.resourceName, entry.operation, entry.permissionType].join('|');

// kafkajs's enums are plain objects at run time: READ -> 3, read back as 'read'.
const nameOf = (enumObject: object) => {
  const names = new Map(Object.entries(enumObject).map(([name, value]) => [value as number, name.toLowerCase().replace(/_/g, '-')]));
  return (value: number) => names.get(value) ?? String(value);
};
const resourceTypeName = nameOf(AclResourceTypes);
const patternTypeName = nameOf(ResourcePatternTypes);
const operationName = nameOf(AclOperationTypes);
const permissionName = nameOf(AclPermissionTypes);

const readable = (entry: AclEntry): KafkaAclBinding => ({
  principal: entry.principal,
  resourceType: resourceTypeName(entry.resourceType),
  patternType: patternTypeName(entry.resourcePatternType),
  resourceName: entry.resourceName,
  operation: operationName(entry.operation),
  permission: permissionName(entry.permissionType),
  host: entry.host,
});

// The ALLOW bindings the planned logins hold on names the plan for `prefix` speaks for. DENY
// bindings are never counted: one an operator added only takes access away.
async function bindingsOfPlannedLogins(admin: Admin, prefix: string): Promise<AclEntry[]> {
  const { resources } = await admin.describeAcls({
    resourceType: AclResourceTypes.ANY,
    resourcePatternType: ResourcePatternTypes.ANY,
    operation: AclOperationTypes.ANY,
    permissionType: AclPermissionTypes.ALLOW,
  });
  const principals = new Set(grantedKafkaLogins.map((login) => `User:${login}`));
  return resources.flatMap((resource) =>
    resource.acls
      .filter((acl) => principals.has(acl.principal) && isPlannedResourceName(resource.resourceName, prefix))
      .map((acl) => ({ ...acl, resourceType: resource.resourceType, resourceName: resource.resourceName, resourcePatternType: resource.resourcePatternType })),
  );
}

// What a sync would change, without changing it.
export async function kafkaAclDrift(admin: Admin, prefix: string): Promise<KafkaAclChanges> {
  const { missing, stale } = await compare(admin, kafkaAclPlan(prefix), prefix);
  return { created: missing.map(readable), removed: stale.map(readable) };
}

export async function syncKafkaAcls(admin: Admin, prefix: string): Promise<KafkaAclChanges> {
  return apply(admin, kafkaAclPlan(prefix), prefix);
}

// Removes every grant of the planned logins under `prefix` (a test run's, or a retired
// deployment's); the topics stay.
export async function revokeKafkaAcls(admin: Admin, prefix: string): Promise<KafkaAclChanges> {
  return apply(admin, [], prefix);
}

async function compare(admin: Admin, plan: KafkaAcl[], prefix: string): Promise<{ missing: AclEntry[]; stale: AclEntry[] }> {
  const wanted = plan.map(toEntry);
  const held = await bindingsOfPlannedLogins(admin, prefix);
  const heldKeys = new Set(held.map(keyOf));
  const wantedKeys = new Set(wanted.map(keyOf));
  return { missing: wanted.filter((entry) => !heldKeys.has(keyOf(entry))), stale: held.filter((entry) => !wantedKeys.has(keyOf(entry))) };
}

async function apply(admin: Admin, plan: KafkaAcl[], prefix: string): Promise<KafkaAclChanges> {
  const { missing, stale } = await compare(admin, plan, prefix);
  if (missing.length) await admin.createAcls({ acl: missing });
  if (stale.length) await admin.deleteAcls({ filters: stale });
  return { created: missing.map(readable), removed: stale.map(readable) };
}
