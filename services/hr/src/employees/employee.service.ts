import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { recordAudit } from '@backoffice/platform/audit';
import { badUserInput, notFound } from '@backoffice/platform/errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { decodeCursor, encodeCursor, pageSize, parseInput } from '@backoffice/platform/validation';
import { compensationChanged, employeeHired } from '@backoffice/events/hr-events';
import { DepartmentEntity } from '../departments/department.entity';
import { CompensationEntity } from './compensation.entity';
import { EmployeeEntity } from './employee.entity';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'is not a real date');

const money = z.object({
  amount: z.string().regex(/^(?!0+(\.0+)?$)\d{1,12}(\.\d{1,2})?$/, 'must be a decimal above zero with at most 2 decimals, e.g. "72000.00"'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR'),
});

const hireEmployeeInput = z.object({
  firstName: z.string().trim().min(1, 'required').max(100),
  lastName: z.string().trim().min(1, 'required').max(100),
  email: z.string().trim().toLowerCase().email('must be an email address'),
  title: z.string().trim().min(1, 'required').max(120),
  departmentId: z.uuid('must be a department id'),
  startDate: isoDate,
  salary: money,
  payFrequency: z.enum(['ANNUAL', 'MONTHLY', 'HOURLY']).nullish().transform((value) => value ?? 'ANNUAL'),
  employmentType: z.enum(['FULL_TIME', 'PART_TIME', 'CONTRACTOR']).nullish().transform((value) => value ?? 'FULL_TIME'),
  managerId: z.uuid('must be an employee id').nullish().transform((value) => value ?? null),
});

export type EmployeePage = { rows: EmployeeEntity[]; hasNextPage: boolean; totalCount: number; cursorOf(row: EmployeeEntity): string };

export class EmployeeService {
  constructor(private readonly dataSource: DataSource) {}

  async hire(input: unknown, metadata: EventMetadata): Promise<EmployeeEntity> {
    const hire = parseInput(hireEmployeeInput, input);
    return this.dataSource.transaction(async (manager) => {
      await this.assertHireReferences(manager, hire);
      const [{ next } = { next: '0' }] = (await manager.query(`SELECT nextval('employee_number_seq')::text AS next`)) as Array<{ next: string }>;
      const employee = manager.create(EmployeeEntity, {
        employeeNumber: `E${next.padStart(5, '0')}`,
        firstName: hire.firstName,
        lastName: hire.lastName,
        email: hire.email,
        title: hire.title,
        employmentType: hire.employmentType,
        departmentId: hire.departmentId,
        managerId: hire.managerId,
        startDate: hire.startDate,
        status: 'ACTIVE',
        version: 1,
      });
      await manager.save(employee).catch((error: unknown) => {
        // Two hires with the same email at once: the unique index decides.
        if ((error as { driverError?: { code?: string } }).driverError?.code === '23505') throw emailTaken(hire.email);
        throw error;
      });
      await manager.save(
        manager.create(CompensationEntity, {
          employeeId: employee.id,
          amount: hire.salary.amount,
          currency: hire.salary.currency,
          payFrequency: hire.payFrequency,
          effectiveDate: hire.startDate,
          reason: 'hire',
        }),
      );
      await recordAudit(manager, {
        actor: metadata.actor,
        action: 'employee.hired',
        entityType: 'employee',
        entityId: employee.id,
        changes: { ...hire, salary: undefined },
        correlationId: metadata.correlationId,
      });
      await recordEvent(
        manager,
        employeeHired,
        {
          employeeId: employee.id,
          employeeNumber: employee.employeeNumber,
          firstName: employee.firstName,
          lastName: employee.lastName,
          email: employee.email,
          title: employee.title,
          departmentId: employee.departmentId,
          managerId: employee.managerId,
          employmentType: employee.employmentType,
          startDate: employee.startDate,
        },
        metadata,
      );
      // Pay travels only on hr.compensation.v1, which only accounting reads.
      await recordEvent(
        manager,
        compensationChanged,
        {
          employeeId: employee.id,
          amount: hire.salary.amount,
          currency: hire.salary.currency,
          payFrequency: hire.payFrequency,
          effectiveDate: hire.startDate,
          reason: 'hire',
          previousAmount: null,
        },
        metadata,
      );
      return employee;
    });
  }

  private async assertHireReferences(manager: EntityManager, hire: z.infer<typeof hireEmployeeInput>) {
    const problems: Array<{ field: string; message: string }> = [];
    if (!(await manager.exists(DepartmentEntity, { where: { id: hire.departmentId } }))) {
      problems.push({ field: 'input.departmentId', message: 'no such department' });
    }
    if (hire.managerId) {
      const manager_ = await manager.findOne(EmployeeEntity, { where: { id: hire.managerId } });
      if (!manager_) problems.push({ field: 'input.managerId', message: 'no such employee' });
      else if (manager_.status === 'TERMINATED') problems.push({ field: 'input.managerId', message: 'the manager has left the company' });
    }
    const emailInUse = (await manager.query(`SELECT 1 FROM employees WHERE lower(email) = $1`, [hire.email])) as unknown[];
    if (emailInUse.length) problems.push({ field: 'input.email', message: 'already used by another employee' });
    if (problems.length) throw badUserInput(`The hire cannot be recorded: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}.`, problems);
  }

  async get(id: string): Promise<EmployeeEntity> {
    const employee = await this.dataSource.getRepository(EmployeeEntity).findOne({ where: { id } });
    if (!employee) throw notFound('Employee', id);
    return employee;
  }

  async find(id: string): Promise<EmployeeEntity | null> {
    return this.dataSource.getRepository(EmployeeEntity).findOne({ where: { id } });
  }

  async byIds(ids: readonly string[]): Promise<Array<EmployeeEntity | null>> {
    const rows = await this.dataSource.getRepository(EmployeeEntity).createQueryBuilder('e').where('e.id = ANY(:ids)', { ids }).getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  // Keyset pagination on the employee number: stable under inserts, no OFFSET scans.
  async list(args: { first?: number | null; after?: string | null }): Promise<EmployeePage> {
    const size = pageSize(args.first);
    const query = this.dataSource.getRepository(EmployeeEntity).createQueryBuilder('e').orderBy('e.employee_number', 'ASC').take(size + 1);
    if (args.after) query.where('e.employee_number > :after', { after: decodeCursor(args.after) });
    const [rows, totalCount] = await Promise.all([query.getMany(), this.dataSource.getRepository(EmployeeEntity).count()]);
    return { rows: rows.slice(0, size), hasNextPage: rows.length > size, totalCount, cursorOf: (row) => encodeCursor(row.employeeNumber) };
  }

  // The pay in force today for each employee, in one statement.
  async currentCompensations(employeeIds: readonly string[], asOf: string): Promise<Array<CompensationEntity | null>> {
    const rows = await this.dataSource
      .getRepository(CompensationEntity)
      .createQueryBuilder('c')
      .distinctOn(['c.employee_id'])
      .where('c.employee_id = ANY(:ids)', { ids: employeeIds })
      .andWhere('c.effective_date <= :asOf', { asOf })
      .orderBy('c.employee_id')
      .addOrderBy('c.effective_date', 'DESC')
      .addOrderBy('c.created_at', 'DESC')
      .getMany();
    const byEmployee = new Map(rows.map((row) => [row.employeeId, row]));
    return employeeIds.map((id) => byEmployee.get(id) ?? null);
  }
}

function emailTaken(email: string) {
  return badUserInput(`${email} is already used by another employee.`, [{ field: 'input.email', message: 'already used by another employee' }]);
}
