import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type PayFrequency = 'ANNUAL' | 'MONTHLY' | 'HOURLY';

// Pay is effective-dated: rows are only added, and the one in force on a day is the latest
// whose effective date is on or before it.
@Entity({ name: 'compensations' })
export class CompensationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'employee_id', type: 'uuid' })
  employeeId!: string;

  @Column({ type: 'numeric', precision: 14, scale: 2 })
  amount!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ name: 'pay_frequency', type: 'text' })
  payFrequency!: PayFrequency;

  @Column({ name: 'effective_date', type: 'date' })
  effectiveDate!: string;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
