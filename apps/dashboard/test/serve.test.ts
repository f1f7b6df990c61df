import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDashboardServer, type RunningDashboard } from '../server/serve';

// The dashboard's server: the build's files, the app's pages, the gateway behind one origin, and
// nothing a stray request can crash or reach past.

const publicDirectory = mkdtempSync(join(tmpdir(), 'dashboard-public-'));
mkdirSync(join(publicDirectory, 'assets'));
writeFileSync(join(publicDirectory, 'index.html'), '<!doctype html><title>app</title>');
writeFileSync(join(publicDirectory, 'assets', 'app-1234.js'), 'console.log(1)');

let gateway: Server;
let gatewayUrl: string;
const gatewaySaw: string[] = [];

beforeAll(async () => {
  gateway = createServer((request, response) => {
    gatewaySaw.push(`${request.method} ${request.url} ${request.headers.authorization ?? ''}`);
    response.setHeader('content-type', 'application/json');
    response.end('{"data":{"ok":true}}');
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/api/graphql`;
});

afterAll(() => new Promise((resolve) => gateway.close(resolve)));
beforeEach(() => void gatewaySaw.splice(0));

async function withServer(production: boolean, check: (origin: string) => Promise<void>) {
  const server: RunningDashboard = await startDashboardServer({ port: 0, gatewayUrl, production, publicDirectory, ...(production ? { oidc: { issuer: 'https://id.example.test', clientId: 'dashboard', scope: 'openid' } } : {}) });
  try {
    await check(server.url);
  } finally {
    await server.stop();
  }
}

describe('the dashboard server', () => {
  it('serves the build, and index.html for any page of the app', async () => {
    await withServer(false, async (origin) => {
      const asset = await fetch(`${origin}/assets/app-1234.js`);
      expect([asset.status, asset.headers.get('content-type'), asset.headers.get('cache-control')]).toEqual([200, 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable']);
      for (const page of ['/', '/people/123', '/approvals', '/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd']) {
        const response = await fetch(origin + page);
        expect([page, response.status, await response.text()]).toEqual([page, 200, '<!doctype html><title>app</title>']);
      }
    });
  });

  it('answers a path that is not valid percent-encoding with 400 and keeps serving', async () => {
    await withServer(false, async (origin) => {
      expect((await fetch(`${origin}/%E0%A4%A`)).status).toBe(400);
      expect((await fetch(`${origin}/`)).status).toBe(200);
    });
  });

  it("passes /graphql to the gateway's endpoint with the caller's token, and /dev/* only in development", async () => {
    await withServer(false, async (origin) => {
      const answer = await fetch(`${origin}/graphql`, { method: 'POST', headers: { authorization: 'Bearer t0ken', 'content-type': 'application/json' }, body: '{"query":"{ ok }"}' });
      expect(await answer.json()).toEqual({ data: { ok: true } });
      await fetch(`${origin}/dev/sign-in/people`);
      expect(await (await fetch(`${origin}/config.json`)).json()).toEqual({ signIn: 'development' });
    });
    expect(gatewaySaw).toEqual(['POST /api/graphql Bearer t0ken', 'GET /dev/sign-in/people ']);
    gatewaySaw.splice(0);
    await withServer(true, async (origin) => {
      await fetch(`${origin}/dev/sign-in/people`);
      expect(await (await fetch(`${origin}/config.json`)).json()).toEqual({ signIn: 'oidc', oidc: { issuer: 'https://id.example.test', clientId: 'dashboard', scope: 'openid' } });
    });
    expect(gatewaySaw).toEqual([]);
  });

  it('says the gateway is down in GraphQL terms when it does not answer', async () => {
    const server = await startDashboardServer({ port: 0, gatewayUrl: 'http://127.0.0.1:1/graphql', production: false, publicDirectory });
    try {
      const answer = await fetch(`${server.url}/graphql`, { method: 'POST', body: '{}' });
      expect(answer.status).toBe(502);
      expect(((await answer.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('GATEWAY_UNREACHABLE');
    } finally {
      await server.stop();
    }
  });
});
