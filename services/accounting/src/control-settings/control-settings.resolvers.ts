import type { ControlSettingsResolvers, MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { accountingPolicy } from '../access/policy';
import { setControlSettings } from './control-settings.commands/set-control-settings';
import { controlSettings } from './control-settings.queries';
import { asMoney } from '../money';

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

export const ControlSettings: Pick<ControlSettingsResolvers, 'manualApprovalThreshold' | 'unsupportedManualThreshold' | 'roundAmountThreshold' | 'capitalisationThreshold'> = {
  manualApprovalThreshold: (settings) => asMoney(settings.manualApprovalThreshold, settings.currency),
  unsupportedManualThreshold: (settings) => asMoney(settings.unsupportedManualThreshold, settings.currency),
  roundAmountThreshold: (settings) => asMoney(settings.roundAmountThreshold, settings.currency),
  capitalisationThreshold: (settings) => asMoney(settings.capitalisationThreshold, settings.currency),
};
