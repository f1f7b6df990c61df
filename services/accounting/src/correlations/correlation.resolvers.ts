import { publishedEventTimes } from '@backoffice/platform/correlated-events';
import type { CorrelationResolvers, PublishedEventResolvers } from '../__generated__/resolvers-types';
import { accountingPolicy } from '../access/policy';
import { publishedInAccounting } from './correlation.queries';

// HR's `correlatedEvents(correlationId)` returns the entity; accounting adds the events it
// published in the chain (MANAGER only, correlation.read).
export const Correlation: Pick<CorrelationResolvers, '__resolveReference' | 'accountingEvents'> = {
  __resolveReference: (reference) => ({ id: reference.id }),
  accountingEvents: (correlation, _args, { principal, dataSource }) => {
    accountingPolicy.require(principal, 'correlation.read');
    return publishedInAccounting(dataSource, correlation);
  },
};

export const PublishedEvent: Pick<PublishedEventResolvers, 'time' | 'publishedAt'> = publishedEventTimes;
