import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { recordAudit } from '@backoffice/platform/audit';
import { badUserInput, notFound } from '@backoffice/platform/errors';
import type { EventMetadata } from '@backoffice/platform/outbox';
import { recordEvent } from '@backoffice/platform/outbox';
import { parseInput } from '@backoffice/platform/validation';
import { departmentCreated } from '@backoffice/events/hr-events';
import { DepartmentEntity } from './department.entity';

const createDepartmentInput = z.object({
  code: z.string().trim().toUpperCase().regex(/^[A-Z0-9-]{2,12}$/, '2 to 12 letters, digits or dashes'),
  name: z.string().trim().min(1, 'required').max(120, 'at most 120 characters'),
});

export class DepartmentService {
  constructor(private readonly dataSource: DataSource) {}

  async create(input: unknown, metadata: EventMetadata): Promise<DepartmentEntity> {
    const { code, name } = parseInput(createDepartmentInput, input);
    return this.dataSource.transaction(async (manager) => {
      const taken = await manager.findOne(DepartmentEntity, { where: { code } });
      if (taken) throw badUserInput(`A department with code ${code} already exists; choose another code.`, [{ field: 'input.code', message: 'already taken' }]);
      const department = await manager.save(manager.create(DepartmentEntity, { code, name }));
      await recordAudit(manager, { actor: metadata.actor, action: 'department.created', entityType: 'department', entityId: department.id, changes: { code, name }, correlationId: metadata.correlationId });
      await recordEvent(manager, departmentCreated, { departmentId: department.id, code, name, parentId: null }, metadata);
      return department;
    });
  }

  async get(id: string): Promise<DepartmentEntity> {
    const department = await this.dataSource.getRepository(DepartmentEntity).findOne({ where: { id } });
    if (!department) throw notFound('Department', id);
    return department;
  }

  list(): Promise<DepartmentEntity[]> {
    return this.dataSource.getRepository(DepartmentEntity).find({ order: { name: 'ASC' } });
  }

  async byIds(ids: readonly string[]): Promise<Array<DepartmentEntity | null>> {
    const rows = await this.dataSource.getRepository(DepartmentEntity).createQueryBuilder('d').where('d.id = ANY(:ids)', { ids }).getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async headcounts(ids: readonly string[]): Promise<number[]> {
    const rows = (await this.dataSource.query(
      `SELECT department_id, count(*)::int AS headcount FROM employees
       WHERE department_id = ANY($1::uuid[]) AND status <> 'TERMINATED' GROUP BY department_id`,
      [ids],
    )) as Array<{ department_id: string; headcount: number }>;
    const byId = new Map(rows.map((row) => [row.department_id, row.headcount]));
    return ids.map((id) => byId.get(id) ?? 0);
  }
}
