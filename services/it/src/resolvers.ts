import type { Resolvers } from './__generated__/resolvers-types';
import { Employee, SystemAccount } from './system-accounts/system-account.resolvers';

export const resolvers: Resolvers = { Employee, SystemAccount };
