import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type SystemAccountStatus = 'ACTIVE' | 'SUSPENDED' | 'REVOKED';

@Entity({ name: 'system_accounts' })
export class SystemAccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  // HR's employee id: another department's record, referenced by id only.
  @Column({ name: 'employee_id', type: 'uuid' })
  employeeId!: string;

  @Column({ type: 'text' })
  system!: string;

  @Column({ type: 'text' })
  username!: string;

  @Column({ type: 'text' })
  status!: SystemAccountStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
