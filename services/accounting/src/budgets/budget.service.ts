import type { DataSource } from 'typeorm';
import { BudgetEntity } from './budget.entity';

export class BudgetService {
  constructor(private readonly dataSource: DataSource) {}

  // One fiscal year's budgets for many departments in one statement.
  async forDepartments(departmentIds: readonly string[], fiscalYear: number): Promise<Array<BudgetEntity | null>> {
    const rows = await this.dataSource
      .getRepository(BudgetEntity)
      .createQueryBuilder('b')
      .where('b.department_id = ANY(:ids)', { ids: departmentIds })
      .andWhere('b.fiscal_year = :fiscalYear', { fiscalYear })
      .getMany();
    const byDepartment = new Map(rows.map((row) => [row.departmentId, row]));
    return departmentIds.map((id) => byDepartment.get(id) ?? null);
  }
}
