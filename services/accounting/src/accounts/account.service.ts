import type { DataSource } from 'typeorm';
import { AccountEntity } from './account.entity';

export class AccountService {
  constructor(private readonly dataSource: DataSource) {}

  chartOfAccounts(): Promise<AccountEntity[]> {
    return this.dataSource.getRepository(AccountEntity).find({ order: { code: 'ASC' } });
  }
}
