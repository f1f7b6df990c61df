import { guardedField } from '@backoffice/platform/access';
import type { BudgetResolvers, BudgetThresholdCrossingResolvers, DepartmentResolvers, MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { accountingPolicy } from '../access/policy';
import type { AccountingContext } from '../context';
import { fiscalYearInput } from '../inputs';
import { parseInput } from '@backoffice/platform/validation';
import { asMoney } from '../money';
import { setBudget } from './budget.commands/set-budget';
import { budgetsOfYear, remainingOf, shareUsedOf } from './budget.queries';

const fiscalYearOrThisYear = (fiscalYear: number | null | undefined, { ledger }: AccountingContext) =>
  fiscalYear == null ? Number(ledger.clock.today().slice(0, 4)) : parseInput(fiscalYearInput, fiscalYear, 'fiscalYear');

// Accounting's fields on HR's Department: only what accounting owns. Denied: null with FORBIDDEN
// at this path, so the department's other fields survive.
export const Department: Pick<DepartmentResolvers, '__resolveReference' | 'budget' | 'spend'> = {
  __resolveReference: (reference) => ({ id: reference.id }),
  budget: (department, { fiscalYear }, context) =>
    guardedField(accountingPolicy.can(context.principal, 'budget.read'), () => accountingPolicy.refusal('budget.read'), () =>
      context.loaders.departmentBudget.load({ departmentId: department.id, fiscalYear: fiscalYearOrThisYear(fiscalYear, context) }),
    ),
  spend: (department, { fiscalYear }, context) =>
    guardedField(accountingPolicy.can(context.principal, 'budget.read'), () => accountingPolicy.refusal('budget.read'), async () => ({
      amount: await context.loaders.departmentSpend.load({ departmentId: department.id, fiscalYear: fiscalYearOrThisYear(fiscalYear, context) }),
      currency: context.ledger.settings.functionalCurrency,
    })),
};

export const budgetQueries: Pick<QueryResolvers, 'budgets'> = {
  budgets: (_parent, { fiscalYear }, { principal, dataSource }) => {
    accountingPolicy.require(principal, 'budget.read');
    return budgetsOfYear(dataSource, parseInput(fiscalYearInput, fiscalYear, 'fiscalYear'));
  },
};

export const budgetMutations: Pick<MutationResolvers, 'setBudget'> = {
  setBudget: (_parent, { input }, { principal, ledger, eventMetadata }) => {
    accountingPolicy.require(principal, 'budget.manage');
    return setBudget(ledger, input, eventMetadata());
  },
};

export const Budget: Pick<BudgetResolvers, 'account' | 'amount' | 'spent' | 'remaining' | 'shareUsed' | 'crossings'> = {
  account: (budget, _args, { loaders }) => (budget.accountId ? loaders.ledgerAccount.load(budget.accountId) : null),
  amount: (budget) => asMoney(budget.amount, budget.currency),
  spent: (budget) => asMoney(budget.spent, budget.currency),
  remaining: (budget) => asMoney(remainingOf(budget), budget.currency),
  shareUsed: (budget) => shareUsedOf(budget),
  crossings: (budget, _args, { loaders }) => loaders.budgetCrossings.load(budget.id),
};

export const BudgetThresholdCrossing: Pick<BudgetThresholdCrossingResolvers, 'entry' | 'spent'> = {
  entry: async (crossing, _args, { loaders }) => (await loaders.journalEntry.load(crossing.journalEntryId))!,
  spent: (crossing) => asMoney(crossing.spent, crossing.currency),
};
