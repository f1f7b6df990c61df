import type { Resolvers } from './__generated__/resolvers-types';
import { Budget, Department } from './budgets/budget.resolvers';
import { ledgerAccountQueries } from './ledger-accounts/ledger-account.resolvers';

export const resolvers: Resolvers = { Query: { ...ledgerAccountQueries }, Department, Budget };
