import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'budgets' })
export class BudgetEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  // HR's department id, referenced by id only.
  @Column({ name: 'department_id', type: 'uuid' })
  departmentId!: string;

  @Column({ name: 'fiscal_year', type: 'int' })
  fiscalYear!: number;

  @Column({ type: 'numeric', precision: 14, scale: 2 })
  amount!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;
}
