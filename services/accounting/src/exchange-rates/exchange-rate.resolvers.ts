import type { ExchangeRateResolvers, MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { accountingPolicy } from '../access/policy';
import { rateForClients } from '../money';
import { setExchangeRate } from './exchange-rate.commands/set-exchange-rate';
import { exchangeRates } from './exchange-rate.queries';

export const exchangeRateQueries: Pick<QueryResolvers, 'exchangeRates'> = {
  exchangeRates: (_parent, { currency }, { principal, dataSource }) => {
    accountingPolicy.require(principal, 'ledger.read');
    return exchangeRates(dataSource, currency ?? null);
  },
};

export const exchangeRateMutations: Pick<MutationResolvers, 'setExchangeRate'> = {
  setExchangeRate: (_parent, { input }, { principal, ledger, eventMetadata }) => {
    accountingPolicy.require(principal, 'rates.manage');
    return setExchangeRate(ledger, input, eventMetadata());
  },
};

export const ExchangeRate: Pick<ExchangeRateResolvers, 'rate'> = {
  rate: (rate) => rateForClients(rate.rate),
};
