import { subgraphCodegenConfig } from '../../scripts/subgraph-codegen';

export default subgraphCodegenConfig({
  contextType: '../context#ItContext',
  mappers: {
    SystemAccount: '../system-accounts/system-account.record#SystemAccountRecord',
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
