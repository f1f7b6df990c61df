import { subgraphCodegenConfig } from '../../scripts/subgraph-codegen';

export default subgraphCodegenConfig({
  contextType: '../context#ItContext',
  mappers: {
    SystemAccount: '../system-accounts/system-account.record#SystemAccountRecord',
    SystemAccountChange: '../system-accounts/system-account.record#SystemAccountChangeRecord',
    ItSystem: '../systems/system.record#ItSystemRecord',
    AccessBundle: '../access-bundles/access-bundle.record#AccessBundleRecord',
    EquipmentKitItem: '../access-bundles/access-bundle.record#EquipmentKitItemRecord',
    AccessChange: '../system-accounts/system-account.record#AccessChangeRecord',
    AccessFinding: '../system-accounts/system-account.record#AccessFindingRecord',
    Employee: '../context#EmployeeReference',
    Department: '../context#DepartmentReference',
    Asset: '../assets/asset.record#AssetRecord',
    AssetCategory: '../assets/asset.record#AssetCategoryRecord',
    AssetModel: '../assets/asset.record#AssetModelRecord',
    AssetAssignment: '../assets/asset.record#AssetAssignmentRecord',
    AssetHistoryEntry: '../assets/asset.record#AssetHistoryRecord',
    AssetsInUse: '../assets/asset.record#AssetsInUseRecord',
    License: '../licenses/license.record#LicenseRecord',
    LicenseSeat: '../licenses/license.record#LicenseSeatRecord',
  },
});
