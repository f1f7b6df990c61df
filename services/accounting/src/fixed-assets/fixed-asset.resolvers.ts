import { guardedField } from '@backoffice/platform/access';
import type { AssetResolvers, DepreciationMonthResolvers, FixedAssetResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { accountingPolicy } from '../access/policy';
import type { AccountingContext } from '../context';
import { asMoney } from '../money';
import { accumulatedDepreciationOf, bookValueOf, fixedAssets, scheduleOf, statusOf } from './fixed-asset.queries';
import type { FixedAssetRecord } from './fixed-asset.record';

export const fixedAssetQueries: Pick<QueryResolvers, 'fixedAssets'> = {
  fixedAssets: (_parent, args, { principal, dataSource, ledger }) => {
    accountingPolicy.require(principal, 'fixedAsset.read');
    return fixedAssets(dataSource, ledger.settings.functionalCurrency, args);
  },
};

// A field of IT's asset: null when accounting does not hold it as a fixed asset (expensed, disposed
// of, or unknown); FORBIDDEN (and null) for callers without fixedAsset.read. One query for all the
// assets of a request.
const held = <T>(context: AccountingContext, id: string, value: (asset: FixedAssetRecord) => T): Promise<T | null> =>
  guardedField(accountingPolicy.can(context.principal, 'fixedAsset.read'), () => accountingPolicy.refusal('fixedAsset.read'), async () => {
    const asset = await context.loaders.fixedAsset.load(id);
    return asset && asset.treatment === 'CAPITALISED' && !asset.disposedOn ? value(asset) : null;
  });

export const Asset: Pick<AssetResolvers, '__resolveReference' | 'bookValue' | 'accumulatedDepreciation' | 'capitalised' | 'disposedOn'> = {
  __resolveReference: (reference) => ({ id: reference.id }),
  bookValue: (asset, _args, context) => held(context, asset.id, bookValueOf),
  accumulatedDepreciation: (asset, _args, context) => held(context, asset.id, (found) => found.accumulatedDepreciation),
  capitalised: (asset, _args, context) =>
    guardedField(accountingPolicy.can(context.principal, 'fixedAsset.read'), () => accountingPolicy.refusal('fixedAsset.read'), async () => {
      const found = await context.loaders.fixedAsset.load(asset.id);
      return found ? found.treatment === 'CAPITALISED' : null;
    }),
  disposedOn: (asset, _args, context) =>
    guardedField(accountingPolicy.can(context.principal, 'fixedAsset.read'), () => accountingPolicy.refusal('fixedAsset.read'), async () => (await context.loaders.fixedAsset.load(asset.id))?.disposedOn ?? null),
};

export const FixedAsset: FixedAssetResolvers = {
  asset: (asset) => ({ id: asset.assetId }),
  tag: (asset) => asset.tag,
  category: (asset) => asset.category,
  acquiredOn: (asset) => asset.acquiredOn,
  usefulLifeMonths: (asset) => asset.usefulLifeMonths,
  cost: (asset) => asMoney(asset.cost, asset.currency),
  originalCost: (asset) => asMoney(asset.originalCost, asset.originalCurrency),
  accumulatedDepreciation: (asset) => asMoney(accumulatedDepreciationOf(asset), asset.currency),
  bookValue: (asset) => asMoney(bookValueOf(asset), asset.currency),
  holder: (asset) => (asset.holderId && !asset.disposedOn ? { id: asset.holderId } : null),
  status: (asset) => statusOf(asset),
  disposedOn: (asset) => asset.disposedOn,
  depreciationSchedule: (asset, _args, { dataSource }) => scheduleOf(dataSource, asset),
};

export const DepreciationMonth: Pick<DepreciationMonthResolvers, 'period'> = {
  period: (month) => month.period,
};
