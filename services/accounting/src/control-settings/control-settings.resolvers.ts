import type { ControlSettingsResolvers, MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { accountingPolicy } from '../access/policy';
import { setControlSettings } from './control-settings.commands/set-control-settings';
import { controlSettings } from './control-settings.queries';

export const controlSettingsQueries: Pick<QueryResolvers, 'controlSettings'> = {
  controlSettings: (_parent, _args, { principal, dataSource, ledger }) => {
    accountingPolicy.require(principal, 'ledger.read');
    return controlSettings(dataSource, ledger.settings);
  },
};

export const controlSettingsMutations: Pick<MutationResolvers, 'setControlSettings'> = {
  setControlSettings: (_parent, { input }, { principal, ledger, eventMetadata }) => {
    accountingPolicy.require(principal, 'controls.manage');
    return setControlSettings(ledger, input, eventMetadata());
  },
};

const money = (amount: string, currency: string) => ({ amount, currency });
export const ControlSettings: Pick<ControlSettingsResolvers, 'manualApprovalThreshold' | 'unsupportedManualThreshold' | 'roundAmountThreshold'> = {
  manualApprovalThreshold: (settings) => money(settings.manualApprovalThreshold, settings.currency),
  unsupportedManualThreshold: (settings) => money(settings.unsupportedManualThreshold, settings.currency),
  roundAmountThreshold: (settings) => money(settings.roundAmountThreshold, settings.currency),
};
