import { parseArgs } from 'node:util';
import { isRole, type Role } from '@backoffice/platform/identity';
import { issueToken } from './authenticate';
import { loadGatewayConfig } from './config';

// `pnpm token --role MANAGER [--role HR] [--employee <id>] [--hours 8]`: prints a dev token
// signed with the gateway's JWT_SECRET.
const { values } = parseArgs({
  options: { role: { type: 'string', multiple: true }, employee: { type: 'string' }, hours: { type: 'string', default: '8' } },
});
const roles = values.role ?? ['MANAGER'];
const unknown = roles.filter((role) => !isRole(role));
if (unknown.length) {
  console.error(`Unknown role(s): ${unknown.join(', ')}. Use MANAGER, HR, ACCOUNTING, IT or EMPLOYEE.`);
  process.exit(2);
}
const config = loadGatewayConfig(process.env);
console.log(issueToken({ employeeId: values.employee ?? null, roles: roles as Role[] }, config.jwtSecret, Number(values.hours) * 3600));
