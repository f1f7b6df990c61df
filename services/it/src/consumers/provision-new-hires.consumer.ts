import { randomUUID } from 'node:crypto';
import type { ConsumerDefinition } from '@backoffice/platform/subgraph-service';
import { SYSTEM_ACTOR } from '@backoffice/events/envelope';
import { employeeHired } from '@backoffice/events/hr-events';
import { parseInput } from '@backoffice/platform/validation';
import { emailAccountRequest } from '../system-accounts/system-account.inputs';
import { provisionEmailAccount } from '../system-accounts/system-account.service';

// hr.employee.hired → the new hire's work email account. The inbox row commits with the
// account, so a redelivered hire never creates a second one.
export function provisionNewHiresConsumer(): ConsumerDefinition {
  return {
    consumer: 'it.provision-new-hires',
    topics: ['hr.employee.v1'],
    handlers: {
      [employeeHired.type]: async (event, tx) => {
        // Read as a tolerant consumer: fields HR adds to the hire later do not fail it.
        const hired = employeeHired.read(event);
        const request = parseInput(emailAccountRequest, { employeeId: hired.data.employeeId, email: hired.data.email }, 'event.data');
        await provisionEmailAccount(tx, request, { actor: SYSTEM_ACTOR, correlationId: hired.correlationid ?? randomUUID(), traceparent: hired.traceparent });
      },
    },
  };
}
