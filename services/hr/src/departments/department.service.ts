import type { EntityManager } from 'typeorm';
import { NotFound, refused, staleVersion, type FieldProblem } from '@backoffice/platform/domain-errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { isUniqueViolation, type Sql } from '@backoffice/platform/sql';
import { parseInput } from '@backoffice/platform/validation';
import type { EventDataOf } from '@backoffice/events/contract';
import { departmentClosed, departmentCreated, departmentUpdated } from '@backoffice/events/hr-events';
import { requireSecondPerson } from '../access/separation-of-duties';
import { recordAudit } from '../audit-log';
import { employeeById } from '../employees/employee.queries';
import { diff } from '../field-changes';
import type { HrModules } from '../hr-modules';
import type { DepartmentRecord } from './department.record';
import { createDepartmentInput, updateDepartmentInput } from './department.inputs';
import * as departments from './department.repository';

// The department commands. Each is one transaction: the change, its audit row and its event.

export async function createDepartment({ dataSource }: HrModules, input: unknown, metadata: EventMetadata): Promise<DepartmentRecord> {
  const department = parseInput(createDepartmentInput, input);
  requireSecondPerson(metadata.actor, department.headId, 'appointSelfHead');
  return dataSource.transaction(async (tx) => {
    const problems: FieldProblem[] = [];
    if (await departments.findDepartmentByCode(tx, department.code)) problems.push({ field: 'input.code', message: 'already taken; choose another code' });
    if (department.parentId) problems.push(...(await parentProblems(tx, department.parentId, null)));
    if (department.headId) problems.push(...(await headProblems(tx, department.headId)));
    if (problems.length) throw refused('The department cannot be created', problems);
    const created = await departments.insertDepartment(tx, department).catch((error: unknown) => {
      if (isUniqueViolation(error)) throw refused('The department cannot be created', [{ field: 'input.code', message: 'already taken; choose another code' }]);
      throw error;
    });
    await recordAudit(tx, { actor: metadata.actor, action: 'department.created', entityType: 'department', entityId: created.id, changes: department, correlationId: metadata.correlationId });
    await recordEvent(tx, departmentCreated, { departmentId: created.id, code: created.code, name: created.name, parentId: created.parentId }, metadata);
    return created;
  });
}

export async function updateDepartment({ dataSource }: HrModules, id: string, input: unknown, metadata: EventMetadata): Promise<DepartmentRecord> {
  const update = parseInput(updateDepartmentInput, input);
  return dataSource.transaction(async (tx) => {
    await departments.lockDepartment(tx, id, 'UPDATE');
    // Parent changes are serialised so two concurrent moves cannot together close a loop.
    if (update.parentId !== undefined) await departments.lockDepartmentTree(tx);
    const before = await loadDepartment(tx, id);
    const { version, ...requested } = update;
    const fields = Object.fromEntries(Object.entries(requested).filter(([, value]) => value !== undefined)) as Partial<DepartmentRecord>;
    const changes = diff(before, fields);
    const problems: FieldProblem[] = [];
    if (before.status === 'CLOSED') problems.push({ field: 'id', message: 'the department is closed' });
    if (changes.parentId) {
      if (fields.parentId) problems.push(...(await parentProblems(tx, fields.parentId, id)));
      const people = (await departments.headcounts(tx, [id])).get(id) ?? 0;
      if (people > 0) problems.push({ field: 'input.parentId', message: `the department has ${people} people; transfer them before moving it` });
      problems.push(...(await scheduledArrivalProblems(tx, id, 'input.parentId')));
    }
    if (changes.headId && fields.headId) {
      requireSecondPerson(metadata.actor, fields.headId, 'appointSelfHead');
      problems.push(...(await headProblems(tx, fields.headId)));
    }
    if (problems.length) throw refused('The department cannot be changed', problems);
    const updated = await departments.updateDepartmentIfVersion(tx, id, version, Object.keys(changes).length ? fields : {});
    if (!updated) throw staleVersion('Department', id, version, before.version);
    if (Object.keys(changes).length) {
      await recordAudit(tx, { actor: metadata.actor, action: 'department.updated', entityType: 'department', entityId: id, changes, correlationId: metadata.correlationId });
      await recordEvent(tx, departmentUpdated, { departmentId: id, changes: changes as EventDataOf<typeof departmentUpdated>['changes'] }, metadata);
    }
    return updated;
  });
}

export async function closeDepartment({ dataSource, clock }: HrModules, id: string, version: number | null | undefined, metadata: EventMetadata): Promise<DepartmentRecord> {
  return dataSource.transaction(async (tx) => {
    await departments.lockDepartment(tx, id, 'UPDATE');
    const department = await loadDepartment(tx, id);
    const problems: FieldProblem[] = [];
    if (department.status === 'CLOSED') problems.push({ field: 'id', message: 'already closed' });
    const people = (await departments.headcounts(tx, [id])).get(id) ?? 0;
    if (people > 0) problems.push({ field: 'id', message: `the department still has ${people} people; transfer them first` });
    problems.push(...(await scheduledArrivalProblems(tx, id, 'id')));
    const openChildren = (await departments.childrenOf(tx, [id])).filter((child) => child.status === 'ACTIVE');
    if (openChildren.length) problems.push({ field: 'id', message: `sub-departments ${openChildren.map((c) => c.code).join(', ')} are still open` });
    if (problems.length) throw refused(`Department ${department.code} cannot be closed`, problems);
    const expected = version ?? department.version;
    const closed = await departments.updateDepartmentIfVersion(tx, id, expected, { status: 'CLOSED', closedOn: clock.today() });
    if (!closed) throw staleVersion('Department', id, expected, department.version);
    await recordAudit(tx, { actor: metadata.actor, action: 'department.closed', entityType: 'department', entityId: id, changes: {}, correlationId: metadata.correlationId });
    await recordEvent(tx, departmentClosed, { departmentId: id, closedOn: clock.today() }, metadata);
    return closed;
  });
}

async function loadDepartment(db: Sql, id: string): Promise<DepartmentRecord> {
  const [department] = await departments.findDepartments(db, [id]);
  if (!department) throw new NotFound('Department', id);
  return department;
}

async function parentProblems(tx: EntityManager, parentId: string, departmentId: string | null): Promise<FieldProblem[]> {
  const [parent] = await departments.findDepartments(tx, [parentId]);
  if (!parent) return [{ field: 'input.parentId', message: 'no such department' }];
  if (parent.status === 'CLOSED') return [{ field: 'input.parentId', message: `department ${parent.code} is closed` }];
  if (departmentId && (await departments.ancestorIds(tx, parentId)).includes(departmentId)) {
    return [{ field: 'input.parentId', message: 'that department is this one or sits below it; it would make a loop' }];
  }
  return [];
}

async function headProblems(tx: EntityManager, headId: string): Promise<FieldProblem[]> {
  const head = await employeeById(tx, headId);
  if (!head) return [{ field: 'input.headId', message: 'no such employee' }];
  if (head.status === 'TERMINATED') return [{ field: 'input.headId', message: 'the employee has left the company' }];
  return [];
}

async function scheduledArrivalProblems(tx: EntityManager, departmentId: string, field: string): Promise<FieldProblem[]> {
  const arrivals = await departments.scheduledArrivals(tx, departmentId);
  return arrivals.people ? [{ field, message: `${arrivals.people} people are scheduled to join from ${arrivals.firstDate}; change those transfers first` }] : [];
}
