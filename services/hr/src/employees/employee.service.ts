import type { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '@backoffice/platform/audit';
import { badUserInput, notFound, refused, staleVersion, type FieldProblem } from '@backoffice/platform/errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { pageSize, parseInput } from '@backoffice/platform/validation';
import { compensationChanged, employeeHired, employeeRehired, employeeTerminated, employeeTransferred, employeeUpdated } from '@backoffice/events/hr-events';
import { findDepartments, lockDepartment } from '../departments/department.repository';
import { settleLeaveAtLastDay } from '../leave/leave.service';
import { addDays, today } from '../dates';
import { diff, type FieldChanges } from '../field-changes';
import { isUniqueViolation, type Sql } from '../sql';
import {
  employeeFilter,
  changeSalaryInput,
  hireEmployeeInput,
  rehireEmployeeInput,
  terminateEmployeeInput,
  transferEmployeeInput,
  updateEmployeeInput,
} from './employee.inputs';
import type { EmployeeRecord } from './employee.record';
import * as employees from './employee.repository';
import type { EmployeeFilter, EmployeeOrder } from './employee.repository';

// The employee lifecycle. Each command is one transaction: the record, its history row, the
// audit row and the outbox events commit together or not at all.

// Changes to who reports to whom are serialised, so two concurrent transfers cannot each pass
// the loop check against the other's old state and together close a loop.
const ORG_CHART_LOCK = 'hr:org-chart';

// Fields that must not leave HR on hr.employee.v1 (analysts read it).
const PRIVATE_FIELDS = new Set(['phone', 'emergencyContact']);

export class EmployeeService {
  constructor(private readonly dataSource: DataSource) {}

  async hire(input: unknown, metadata: EventMetadata): Promise<EmployeeRecord> {
    const hire = parseInput(hireEmployeeInput, input);
    return this.inTransaction(async (tx) => {
      if (hire.managerId) await lockOrgChart(tx);
      const problems = [
        ...(await departmentProblems(tx, hire.departmentId, 'input.departmentId')),
        ...(hire.managerId ? await managerProblems(tx, hire.managerId, hire.startDate, 'input.managerId') : []),
        ...(await emailProblems(tx, hire.email, null)),
      ];
      if (problems.length) throw refused('The hire cannot be recorded', problems);
      const employeeNumber = await employees.nextEmployeeNumber(tx);
      const employeeId = await employees
        .insertEmployee(tx, { ...hire, employeeNumber })
        .catch((error: unknown) => rethrowEmailTaken(error, hire.email));
      await employees.insertJobAssignment(tx, { employeeId, departmentId: hire.departmentId, managerId: hire.managerId, title: hire.title, effectiveDate: hire.startDate, reason: 'hire', changedFields: employees.ALL_JOB_FIELDS });
      await employees.insertCompensation(tx, { employeeId, ...hire.salary, payFrequency: hire.payFrequency, effectiveDate: hire.startDate, reason: 'hire' });
      const record = await this.load(tx, employeeId);
      const fields: FieldChanges = {
        employeeNumber: { from: null, to: employeeNumber },
        name: { from: null, to: `${hire.firstName} ${hire.lastName}` },
        email: { from: null, to: hire.email },
        title: { from: null, to: hire.title },
        departmentId: { from: null, to: hire.departmentId },
        managerId: { from: null, to: hire.managerId },
        salary: { from: null, to: `${hire.salary.amount} ${hire.salary.currency} ${hire.payFrequency}` },
      };
      await this.remember(tx, record.id, 'hired', fields, hire.startDate, metadata);
      await recordEvent(tx, employeeHired, {
        employeeId, employeeNumber, firstName: record.firstName, lastName: record.lastName, email: record.email, title: hire.title,
        departmentId: hire.departmentId, managerId: hire.managerId, employmentType: record.employmentType, startDate: record.startDate,
      }, metadata);
      // Pay travels only on hr.compensation.v1, which only accounting reads.
      await recordEvent(tx, compensationChanged, {
        employeeId, ...hire.salary, payFrequency: hire.payFrequency, effectiveDate: hire.startDate, reason: 'hire', previousAmount: null,
      }, metadata);
      return record;
    });
  }

  async update(id: string, input: unknown, metadata: EventMetadata): Promise<EmployeeRecord> {
    const update = parseInput(updateEmployeeInput, input);
    return this.inTransaction(async (tx) => {
      const before = await this.load(tx, id);
      const { version, ...requested } = update;
      const fields = Object.fromEntries(Object.entries(requested).filter(([, value]) => value !== undefined));
      const changes = diff(before as unknown as Record<string, unknown>, fields);
      if (changes.email && update.email) {
        const problems = await emailProblems(tx, update.email, id);
        if (problems.length) throw refused('The record cannot be updated', problems);
      }
      if (!Object.keys(changes).length) {
        // Nothing to change: no new version, but a stale one is still reported.
        if (before.version !== version) throw await staleEmployee(tx, id, version);
        return before;
      }
      const newVersion = await employees.updateEmployeeIfVersion(tx, id, version, fields).catch((error: unknown) => rethrowEmailTaken(error, update.email ?? ''));
      if (newVersion === undefined) throw await staleEmployee(tx, id, version);
      await this.remember(tx, id, 'updated', changes, today(), metadata);
      const publicChanges = Object.fromEntries(Object.entries(changes).filter(([field]) => !PRIVATE_FIELDS.has(field)));
      if (Object.keys(publicChanges).length) {
        await recordEvent(tx, employeeUpdated, { employeeId: id, changes: publicChanges, effectiveDate: today() }, metadata);
      }
      return this.load(tx, id);
    });
  }

  async transfer(id: string, input: unknown, metadata: EventMetadata): Promise<EmployeeRecord> {
    const transfer = parseInput(transferEmployeeInput, input);
    const effectiveDate = transfer.effectiveDate ?? today();
    return this.inTransaction(async (tx) => {
      await lockOrgChart(tx);
      const record = await this.load(tx, id);
      const version = transfer.version ?? record.version;
      const current = (await employees.jobOn(tx, id, effectiveDate))!;
      const next = {
        departmentId: transfer.departmentId ?? current.departmentId,
        managerId: transfer.managerId === undefined ? current.managerId : transfer.managerId,
        title: transfer.title ?? current.title,
      };
      const problems: FieldProblem[] = [];
      if (record.status === 'TERMINATED') problems.push({ field: 'id', message: 'the employee has left the company; rehire them first' });
      if (effectiveDate < record.startDate) problems.push({ field: 'input.effectiveDate', message: `must be on or after the start date ${record.startDate}` });
      if (transfer.departmentId) problems.push(...(await departmentProblems(tx, next.departmentId, 'input.departmentId')));
      if (transfer.managerId) {
        problems.push(...(await managerProblems(tx, transfer.managerId, effectiveDate, 'input.managerId')));
        if (transfer.managerId === id) problems.push({ field: 'input.managerId', message: 'an employee cannot be their own manager' });
        else if (await employees.isInReportingChainOf(tx, id, transfer.managerId, effectiveDate)) {
          problems.push({ field: 'input.managerId', message: 'that person reports to this employee (directly or through others); it would make a reporting loop' });
        }
      }
      const changes = diff(current, next);
      if (!problems.length && !Object.keys(changes).length) problems.push({ field: 'input', message: 'nothing changes: give a new department, manager or title' });
      if (problems.length) throw refused('The transfer cannot be recorded', problems);
      if ((await employees.updateEmployeeIfVersion(tx, id, version, {})) === undefined) throw await staleEmployee(tx, id, version);
      const changedFields = Object.keys(changes) as employees.JobField[];
      await employees.insertJobAssignment(tx, { employeeId: id, ...next, effectiveDate, reason: transfer.reason ?? null, changedFields });
      const revised = await employees.carryJobChangeForward(tx, id, effectiveDate, Object.fromEntries(changedFields.map((field) => [field, next[field]])));
      await this.remember(tx, id, 'transferred', changes, effectiveDate, metadata);
      await recordEvent(tx, employeeTransferred, transferredEvent(id, current, next, effectiveDate), metadata);
      // Changes already scheduled after this one now carry its values: say so again for each
      // date they take effect, with the job in force from then, so a consumer applying events in
      // order (the latest per effective date wins) ends up with what the database has.
      for (const date of new Set(revised.map((scheduled) => scheduled.effectiveDate))) {
        const before = (await employees.jobOn(tx, id, addDays(date, -1)))!;
        const after = (await employees.jobOn(tx, id, date))!;
        await recordEvent(tx, employeeTransferred, transferredEvent(id, before, after, date), metadata);
      }
      return this.load(tx, id);
    });
  }

  async changeSalary(id: string, input: unknown, metadata: EventMetadata): Promise<EmployeeRecord> {
    const change = parseInput(changeSalaryInput, input);
    return this.inTransaction(async (tx) => {
      const record = await this.load(tx, id);
      const version = change.version ?? record.version;
      const [previous] = await employees.compensationsInForce(tx, [id], change.effectiveDate);
      const problems: FieldProblem[] = [];
      if (record.status === 'TERMINATED') problems.push({ field: 'id', message: 'the employee has left the company' });
      if (change.effectiveDate < record.startDate) problems.push({ field: 'input.effectiveDate', message: `must be on or after the start date ${record.startDate}` });
      if (problems.length) throw refused('The pay change cannot be recorded', problems);
      const payFrequency = change.payFrequency ?? previous?.payFrequency ?? 'ANNUAL';
      if ((await employees.updateEmployeeIfVersion(tx, id, version, {})) === undefined) throw await staleEmployee(tx, id, version);
      await employees.insertCompensation(tx, { employeeId: id, ...change.salary, payFrequency, effectiveDate: change.effectiveDate, reason: change.reason });
      const from = previous ? `${previous.amount} ${previous.currency} ${previous.payFrequency}` : null;
      await this.remember(tx, id, 'salaryChanged', { salary: { from, to: `${change.salary.amount} ${change.salary.currency} ${payFrequency}` } }, change.effectiveDate, metadata);
      await recordEvent(tx, compensationChanged, {
        employeeId: id, ...change.salary, payFrequency, effectiveDate: change.effectiveDate, reason: change.reason, previousAmount: previous?.amount ?? null,
      }, metadata);
      return this.load(tx, id);
    });
  }

  async terminate(id: string, input: unknown, metadata: EventMetadata): Promise<EmployeeRecord> {
    const termination = parseInput(terminateEmployeeInput, input);
    return this.inTransaction(async (tx) => {
      const record = await this.load(tx, id);
      const version = termination.version ?? record.version;
      const problems: FieldProblem[] = [];
      if (record.terminationDate) problems.push({ field: 'id', message: `already leaving on ${record.terminationDate}` });
      if (termination.terminationDate < record.startDate) problems.push({ field: 'input.terminationDate', message: `must be on or after the start date ${record.startDate}` });
      if (problems.length) throw refused('The termination cannot be recorded', problems);
      const fields = { terminationDate: termination.terminationDate, terminationReason: termination.reason };
      if ((await employees.updateEmployeeIfVersion(tx, id, version, fields)) === undefined) throw await staleEmployee(tx, id, version);
      await this.remember(tx, id, 'terminated', diff(record, fields), termination.terminationDate, metadata);
      await settleLeaveAtLastDay(tx, id, termination.terminationDate, metadata);
      await recordEvent(tx, employeeTerminated, { employeeId: id, terminationDate: termination.terminationDate, reason: termination.reason }, metadata);
      return this.load(tx, id);
    });
  }

  async rehire(id: string, input: unknown, metadata: EventMetadata): Promise<EmployeeRecord> {
    const rehire = parseInput(rehireEmployeeInput, input);
    return this.inTransaction(async (tx) => {
      if (rehire.managerId) await lockOrgChart(tx);
      const record = await this.load(tx, id);
      const version = rehire.version ?? record.version;
      const problems: FieldProblem[] = [];
      // The termination date is the last day: on it the employee is still employed.
      if (!record.terminationDate || record.terminationDate >= today()) {
        problems.push({ field: 'id', message: record.terminationDate ? `has not left yet (leaves on ${record.terminationDate})` : 'the employee is still employed; only former employees can be rehired' });
      }
      else if (rehire.startDate <= record.terminationDate) problems.push({ field: 'input.startDate', message: `must be after the last day ${record.terminationDate}` });
      problems.push(...(await departmentProblems(tx, rehire.departmentId, 'input.departmentId')));
      if (rehire.managerId) {
        problems.push(...(await managerProblems(tx, rehire.managerId, rehire.startDate, 'input.managerId')));
        if (rehire.managerId === id) problems.push({ field: 'input.managerId', message: 'an employee cannot be their own manager' });
        else if (await employees.isInReportingChainOf(tx, id, rehire.managerId, rehire.startDate)) problems.push({ field: 'input.managerId', message: 'it would make a reporting loop' });
      }
      if (problems.length) throw refused('The rehire cannot be recorded', problems);
      const fields = {
        startDate: rehire.startDate,
        terminationDate: null,
        terminationReason: null,
        previousTerminationDate: record.terminationDate,
        ...(rehire.employmentType ? { employmentType: rehire.employmentType } : {}),
      };
      if ((await employees.updateEmployeeIfVersion(tx, id, version, fields)) === undefined) throw await staleEmployee(tx, id, version);
      await employees.insertJobAssignment(tx, { employeeId: id, departmentId: rehire.departmentId, managerId: rehire.managerId, title: rehire.title, effectiveDate: rehire.startDate, reason: 'rehire', changedFields: employees.ALL_JOB_FIELDS });
      const [previous] = await employees.compensationsInForce(tx, [id], rehire.startDate);
      await employees.insertCompensation(tx, { employeeId: id, ...rehire.salary, payFrequency: rehire.payFrequency, effectiveDate: rehire.startDate, reason: 'rehire' });
      await this.remember(tx, id, 'rehired', { ...diff(record, fields), departmentId: { from: record.departmentId, to: rehire.departmentId }, title: { from: record.title, to: rehire.title } }, rehire.startDate, metadata);
      await recordEvent(tx, employeeRehired, { employeeId: id, startDate: rehire.startDate, departmentId: rehire.departmentId, managerId: rehire.managerId, title: rehire.title }, metadata);
      await recordEvent(tx, compensationChanged, {
        employeeId: id, ...rehire.salary, payFrequency: rehire.payFrequency, effectiveDate: rehire.startDate, reason: 'rehire', previousAmount: previous?.amount ?? null,
      }, metadata);
      return this.load(tx, id);
    });
  }

  async list(args: { filter?: EmployeeFilter | null; first?: number | null; after?: string | null; orderBy?: { field: EmployeeOrder['field']; direction?: EmployeeOrder['direction'] | null } | null }) {
    const filter = parseInput(employeeFilter, args.filter ?? {}, 'filter');
    const order: EmployeeOrder = { field: args.orderBy?.field ?? 'EMPLOYEE_NUMBER', direction: args.orderBy?.direction ?? 'ASC' };
    const first = pageSize(args.first);
    const [page, totalCount] = await Promise.all([
      employees.listEmployees(this.dataSource, { filter, order, first, after: args.after ?? null }),
      employees.countEmployees(this.dataSource, filter),
    ]);
    return { ...page, totalCount };
  }

  private inTransaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private async load(db: Sql, id: string): Promise<EmployeeRecord> {
    const record = await employees.findEmployee(db, id);
    if (!record) throw notFound('Employee', id);
    return record;
  }

  private async remember(tx: EntityManager, employeeId: string, action: string, changes: FieldChanges, effectiveDate: string, metadata: EventMetadata) {
    await employees.insertChange(tx, { employeeId, action, changes, effectiveDate, actor: metadata.actor });
    await recordAudit(tx, { actor: metadata.actor, action: `employee.${action}`, entityType: 'employee', entityId: employeeId, changes: redactPay(changes), correlationId: metadata.correlationId });
  }
}

async function lockOrgChart(tx: Sql) {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [ORG_CHART_LOCK]);
}

async function departmentProblems(db: Sql, departmentId: string, field: string): Promise<FieldProblem[]> {
  await lockDepartment(db, departmentId, 'SHARE');
  const [department] = await findDepartments(db, [departmentId]);
  if (!department) return [{ field, message: 'no such department' }];
  if (department.status === 'CLOSED') return [{ field, message: `department ${department.code} is closed` }];
  return [];
}

// A manager must exist and still be employed on the date the reporting line starts (their
// last day included).
// A backdated line is checked as of today too: nobody should start reporting to a leaver.
async function managerProblems(db: Sql, managerId: string, onDate: string, field: string): Promise<FieldProblem[]> {
  const manager = await employees.findEmployee(db, managerId);
  if (!manager) return [{ field, message: 'no such employee' }];
  const asOf = onDate > today() ? onDate : today();
  if (manager.status === 'TERMINATED' || (manager.terminationDate && manager.terminationDate < asOf)) {
    const when = manager.terminationDate ? ` (last day ${manager.terminationDate})` : '';
    return [{ field, message: `the manager ${manager.terminationDate && manager.terminationDate >= today() ? 'leaves' : 'has left'} the company${when}` }];
  }
  return [];
}

async function emailProblems(db: Sql, email: string, exceptEmployeeId: string | null): Promise<FieldProblem[]> {
  const rows = (await db.query(`SELECT id FROM employees WHERE lower(email) = lower($1) AND id IS DISTINCT FROM $2::uuid`, [email, exceptEmployeeId])) as unknown[];
  return rows.length ? [{ field: 'input.email', message: 'already used by another employee' }] : [];
}

function rethrowEmailTaken(error: unknown, email: string): never {
  // Two writes with the same email at once: the unique index decides.
  if (isUniqueViolation(error, 'employees_email_unique')) throw badUserInput(`${email} is already used by another employee.`, [{ field: 'input.email', message: 'already used by another employee' }]);
  throw error;
}

async function staleEmployee(db: Sql, id: string, expected: number) {
  const current = await employees.currentVersion(db, id);
  return current === undefined ? notFound('Employee', id) : staleVersion('Employee', id, expected, current);
}

// The audit log is read more widely than pay data; amounts stay in HR's history only.
function redactPay(changes: FieldChanges): FieldChanges {
  return Object.fromEntries(Object.entries(changes).map(([field, change]) => [field, field === 'salary' ? { from: '(redacted)', to: '(redacted)' } : change]));
}

type Job = { departmentId: string; managerId: string | null; title: string };

function transferredEvent(employeeId: string, from: Job, to: Job, effectiveDate: string) {
  return {
    employeeId, fromDepartmentId: from.departmentId, toDepartmentId: to.departmentId, fromManagerId: from.managerId,
    toManagerId: to.managerId, fromTitle: from.title, toTitle: to.title, effectiveDate,
  };
}
