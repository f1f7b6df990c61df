import type { JobDefinition } from '@backoffice/platform/job-runner';
import { depreciateEndedMonths, type FixedAssetModules } from '../fixed-assets/fixed-asset.service';

// The month-end depreciation of equipment in the books. Daily, so a month is posted the night
// after it ends; each run posts every ended month still missing (catch-up is in the work itself).
// The runner's lock keeps replicas apart; the asset row lock and the (asset, period) key make a
// repeated run harmless anyway.
export function fixedAssetDepreciationJob(modules: FixedAssetModules): JobDefinition {
  return {
    name: 'accounting.fixed-asset-depreciation',
    schedule: { dailyAt: '01:00' },
    catchUp: 'one-run-now',
    run: async ({ logger }) => {
      const posted = await depreciateEndedMonths(modules);
      if (posted) logger.info('fixed assets depreciated', { months: posted });
    },
  };
}
