import { subgraphCodegenConfig } from '../../scripts/subgraph-codegen';

export default subgraphCodegenConfig({
  contextType: '../context#ItContext',
  mappers: {
    SystemAccount: '../accounts/system-account.entity#SystemAccountEntity',
    Employee: '../context#EmployeeReference',
  },
});
