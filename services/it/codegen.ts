import { subgraphCodegenConfig } from '../../scripts/subgraph-codegen';

export default subgraphCodegenConfig({
  contextType: '../context#ItContext',
  mappers: {
    SystemAccount: '../system-accounts/system-account.record#SystemAccountRecord',
    Employee: '../context#EmployeeReference',
  },
});
