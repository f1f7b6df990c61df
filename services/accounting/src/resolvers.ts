import type { Resolvers } from './__generated__/resolvers-types';
import { accountQueries } from './accounts/account.resolvers';
import { Budget, Department } from './budgets/budget.resolvers';

export const resolvers: Resolvers = { Query: { ...accountQueries }, Department, Budget };
