import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson } from '@backoffice/platform/graphql-http-server';
import { isRole } from '@backoffice/platform/identity';
import { issueDevelopmentToken } from './authenticate';
import { listDemoPeople, type DemoPerson, type PersonRole } from './demo-people';

// Development only: the dashboard's sign-in page lists demo people and trades a choice for a
// token signed with the development secret. The gateway mounts these routes only when it has
// that secret, which a production gateway never has (config.ts): there, tokens come from the
// identity provider alone.
//
//   GET  /dev/sign-in/people  -> { people: [{ employeeId, name, title, department, roles }] }
//   POST /dev/sign-in/token   { employeeId, roles } -> { token, expiresInSeconds }

export const DEVELOPMENT_SIGN_IN_PATHS = { people: '/dev/sign-in/people', token: '/dev/sign-in/token' } as const;

const TOKEN_SECONDS = 8 * 3600;
const PEOPLE_CACHE_MS = 30_000;

type Routes = Record<string, (request: IncomingMessage, response: ServerResponse) => Promise<void>>;

export function developmentSignInRoutes(secret: string, ownGraphqlUrl: () => string): Routes {
  // One lookup at a time, shared by the sign-in pages asking meanwhile; kept for a while once
  // the company has people (while it is still being seeded, the next ask looks again).
  let cached: { people: Promise<DemoPerson[]>; at: number } | null = null;
  const lookUp = async () => {
    const lookup = await issueDevelopmentToken({ employeeId: null, roles: ['SERVICE', 'HR'], serviceAccount: 'development-sign-in' }, secret, 120);
    return listDemoPeople(ownGraphqlUrl(), lookup);
  };

  async function people(request: IncomingMessage, response: ServerResponse) {
    if (request.method !== 'GET') return sendJson(response, 405, { error: 'use GET' });
    if (!cached || Date.now() - cached.at > PEOPLE_CACHE_MS) cached = { people: lookUp(), at: Date.now() };
    const current = cached;
    const found = await current.people.catch((error: unknown) => {
      if (cached === current) cached = null;
      throw error;
    });
    if (found.length === 0 && cached === current) cached = null;
    return sendJson(response, 200, { people: found });
  }

  async function token(request: IncomingMessage, response: ServerResponse) {
    if (request.method !== 'POST') return sendJson(response, 405, { error: 'use POST' });
    let body: { employeeId?: unknown; roles?: unknown };
    try {
      body = JSON.parse(await readBody(request)) as typeof body;
    } catch {
      return sendJson(response, 400, { error: 'The body must be JSON: { "employeeId": "...", "roles": ["EMPLOYEE"] }.' });
    }
    const roles = Array.isArray(body.roles) ? body.roles : [];
    const personRoles = roles.filter((role): role is PersonRole => typeof role === 'string' && isRole(role) && role !== 'SERVICE');
    if (typeof body.employeeId !== 'string' || !body.employeeId || personRoles.length === 0 || personRoles.length !== roles.length) {
      return sendJson(response, 400, { error: 'Send an employeeId and one or more of MANAGER, HR, ACCOUNTING, IT, EMPLOYEE as roles.' });
    }
    const signed = await issueDevelopmentToken({ employeeId: body.employeeId, roles: personRoles }, secret, TOKEN_SECONDS);
    return sendJson(response, 200, { token: signed, expiresInSeconds: TOKEN_SECONDS });
  }

  return { [DEVELOPMENT_SIGN_IN_PATHS.people]: people, [DEVELOPMENT_SIGN_IN_PATHS.token]: token };
}
