import type { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '@backoffice/platform/audit';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { accessGranted } from '@backoffice/events/it-events';
import { SystemAccountEntity } from './system-account.entity';

export class SystemAccountService {
  constructor(private readonly dataSource: DataSource) {}

  // Every new hire gets a work email account on day one.
  async provisionEmailAccount(manager: EntityManager, employee: { employeeId: string; email: string }, metadata: EventMetadata): Promise<SystemAccountEntity> {
    const account = await manager.save(
      manager.create(SystemAccountEntity, { employeeId: employee.employeeId, system: 'email', username: employee.email, status: 'ACTIVE' }),
    );
    await recordAudit(manager, { actor: metadata.actor, action: 'access.granted', entityType: 'system_account', entityId: account.id, changes: { system: 'email', employeeId: employee.employeeId }, correlationId: metadata.correlationId });
    await recordEvent(manager, accessGranted, { accountId: account.id, employeeId: employee.employeeId, system: 'email', username: employee.email }, metadata);
    return account;
  }

  // All accounts of many employees in one statement (for `_entities` batches).
  async byEmployeeIds(employeeIds: readonly string[]): Promise<SystemAccountEntity[][]> {
    const rows = await this.dataSource
      .getRepository(SystemAccountEntity)
      .createQueryBuilder('a')
      .where('a.employee_id = ANY(:ids)', { ids: employeeIds })
      .orderBy('a.created_at', 'ASC')
      .getMany();
    const byEmployee = new Map<string, SystemAccountEntity[]>();
    for (const row of rows) byEmployee.set(row.employeeId, [...(byEmployee.get(row.employeeId) ?? []), row]);
    return employeeIds.map((id) => byEmployee.get(id) ?? []);
  }
}
