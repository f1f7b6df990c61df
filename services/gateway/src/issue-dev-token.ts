import { parseArgs } from 'node:util';
import { isRole, type Principal, type Role } from '@backoffice/platform/identity';
import { issueDevelopmentToken } from './authenticate';
import { loadGatewayConfig } from './config';
import { demoTitleFor, findDemoPersonByTitle } from './demo-people';

// `npm run token -- --role MANAGER [--role HR] [--employee <id>] [--service <name>] [--hours 8]`
// prints a development token signed with the gateway's JWT_SECRET. A person's token names a
// person: without --employee, a demo person whose job fits the first role is looked up through
// the running gateway. With the SERVICE role the token names a service account instead.


async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', multiple: true },
      employee: { type: 'string' },
      service: { type: 'string' },
      hours: { type: 'string', default: '8' },
      gateway: { type: 'string', default: process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql' },
    },
  });
  const roles = values.role ?? ['MANAGER'];
  const unknown = roles.filter((role) => !isRole(role));
  if (unknown.length) {
    console.error(`Unknown role(s): ${unknown.join(', ')}. Use MANAGER, HR, ACCOUNTING, IT, EMPLOYEE or SERVICE.`);
    return 2;
  }
  const config = loadGatewayConfig(process.env);
  const secret = config.tokens.developmentSecret;
  if (!secret) {
    console.error('Development tokens exist only in development: production tokens come from the identity provider.');
    return 2;
  }
  const seconds = Number(values.hours) * 3600;
  let principal: Principal;
  if (roles.includes('SERVICE')) {
    principal = { employeeId: null, roles: roles as Role[], serviceAccount: values.service ?? 'cli' };
  } else {
    const employeeId = values.employee ?? (await demoPerson(roles[0] as Exclude<Role, 'SERVICE'>, values.gateway!, secret));
    if (!employeeId) return 1;
    principal = { employeeId, roles: roles as Role[] };
  }
  console.log(await issueDevelopmentToken(principal, secret, seconds));
  return 0;
}

// Asks the running gateway, as a short-lived service account, for the demo person holding the
// role's job. Waits a little: right after `npm start` the demo company may still be seeding.
async function demoPerson(role: Exclude<Role, 'SERVICE'>, gatewayUrl: string, secret: string): Promise<string | null> {
  const title = demoTitleFor[role];
  const lookup = await issueDevelopmentToken({ employeeId: null, roles: ['SERVICE', 'HR'], serviceAccount: 'token-tool' }, secret, 120);
  const deadline = Date.now() + 60_000;
  let problem = '';
  while (Date.now() < deadline) {
    try {
      const found = await findDemoPersonByTitle(gatewayUrl, lookup, title);
      if (found) return found;
      problem = `no active employee titled "${title}" (is the demo company seeded? SEED_DEMO_DATA=true)`;
    } catch (error) {
      problem = `the gateway at ${gatewayUrl} did not answer (${error instanceof Error ? error.message : String(error)})`;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  console.error(`Could not find a demo person for ${role}: ${problem}. Pass --employee <employee id> instead.`);
  return null;
}

main().then((code) => process.exit(code));
