import { randomUUID } from 'node:crypto';
import type { ConsumerDefinition, ServiceDependencies } from '@backoffice/platform/subgraph-service';
import { employeeHired } from '@backoffice/events/hr-events';
import { SystemAccountService } from '../accounts/system-account.service';

// hr.employee.hired → the new hire's work email account. The inbox row commits with the
// account, so a redelivered hire never creates a second one.
export function provisionNewHiresConsumer(deps: ServiceDependencies): ConsumerDefinition {
  const accounts = new SystemAccountService(deps.dataSource);
  return {
    consumer: 'it.provision-new-hires',
    topics: ['hr.employee.v1'],
    handlers: {
      [employeeHired.type]: async (event, manager) => {
        const hired = employeeHired.parse(event);
        await accounts.provisionEmailAccount(
          manager,
          { employeeId: hired.data.employeeId, email: hired.data.email },
          { actor: 'system', correlationId: hired.correlationid ?? randomUUID() },
        );
      },
    },
  };
}
