import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

// Serves the built dashboard and passes its API calls to the gateway, so the browser talks to
// one origin (no CORS to configure): /graphql always; /dev/* (the development sign-in) only in
// development. /config.json tells the app how people sign in: the development sign-in, or the
// configured OpenID Connect provider in production.

export type DashboardServerOptions = {
  port: number;
  host?: string;
  gatewayUrl: string;
  production: boolean;
  oidc?: { issuer: string; clientId: string; scope: string; audience?: string };
  publicDirectory?: string;
};

export type RunningDashboard = { url: string; stop(): Promise<void> };

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export async function startDashboardServer(options: DashboardServerOptions): Promise<RunningDashboard> {
  const publicDirectory = options.publicDirectory ?? join(__dirname, '..', 'public');
  if (!existsSync(join(publicDirectory, 'index.html'))) {
    throw new Error(`The dashboard is not built (${publicDirectory}/index.html is missing): run pnpm build.`);
  }
  const gateway = new URL(options.gatewayUrl);
  const clientConfig = JSON.stringify(
    options.production
      ? { signIn: 'oidc', oidc: options.oidc ?? null }
      : { signIn: 'development' },
  );

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz' || url.pathname === '/readyz') {
      response.setHeader('content-type', 'application/json');
      return void response.end('{"status":"ok"}');
    }
    if (url.pathname === '/config.json') {
      response.setHeader('content-type', 'application/json');
      response.setHeader('cache-control', 'no-store');
      return void response.end(clientConfig);
    }
    if (url.pathname === '/graphql' || (!options.production && url.pathname.startsWith('/dev/'))) {
      return proxy(request, response, gateway, url);
    }
    serveFile(publicDirectory, url.pathname, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1'}:${port}`,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

// /graphql goes to the gateway's endpoint, whatever its path; /dev/* beside it. Over TLS when the
// gateway's URL says https (the bearer token must not travel in the clear).
function proxy(request: IncomingMessage, response: ServerResponse, gateway: URL, url: URL) {
  const path = (url.pathname === '/graphql' ? gateway.pathname : url.pathname) + url.search;
  const send = gateway.protocol === 'https:' ? httpsRequest : httpRequest;
  const upstream = send(
    { hostname: gateway.hostname, port: gateway.port, path, method: request.method, headers: { ...request.headers, host: gateway.host } },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  upstream.on('error', () => {
    if (response.headersSent) return void response.end();
    response.writeHead(502, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ errors: [{ message: 'The gateway does not answer. Is the back office running (npm start)?', extensions: { code: 'GATEWAY_UNREACHABLE' } }] }));
  });
  request.pipe(upstream);
}

// Files of the build; any other path is a page of the app (client-side routing) and gets index.html.
function serveFile(publicDirectory: string, pathname: string, response: ServerResponse) {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    response.statusCode = 400;
    return void response.end('Bad request: the path is not valid percent-encoding.');
  }
  const relative = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
  let file = join(publicDirectory, relative);
  if (!file.startsWith(publicDirectory) || !existsSync(file) || statSync(file).isDirectory()) file = join(publicDirectory, 'index.html');
  const type = contentTypes[extname(file)] ?? 'application/octet-stream';
  response.setHeader('content-type', type);
  // Vite fingerprints everything under assets/; index.html must always be fresh.
  response.setHeader('cache-control', file.includes(`${join(publicDirectory, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
  createReadStream(file)
    .on('error', () => {
      // Gone between the check and the read (a redeploy): an answer, not a crashed server.
      if (!response.headersSent) response.statusCode = 404;
      response.end();
    })
    .pipe(response);
}

function fromEnvironment(env: NodeJS.ProcessEnv): DashboardServerOptions {
  const production = env.NODE_ENV !== 'development' && env.NODE_ENV !== 'test';
  const oidc = env.OIDC_ISSUER && env.OIDC_CLIENT_ID ? { issuer: env.OIDC_ISSUER, clientId: env.OIDC_CLIENT_ID, scope: env.OIDC_SCOPE ?? 'openid profile', ...(env.OIDC_AUDIENCE ? { audience: env.OIDC_AUDIENCE } : {}) } : undefined;
  if (production && !oidc) throw new Error('In production people sign in with the identity provider: set OIDC_ISSUER and OIDC_CLIENT_ID (and OIDC_SCOPE, OIDC_AUDIENCE if it needs them).');
  return {
    port: Number(env.DASHBOARD_PORT ?? 4080),
    host: env.DASHBOARD_HOST ?? '127.0.0.1',
    gatewayUrl: env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql',
    production,
    ...(oidc ? { oidc } : {}),
  };
}

if (require.main === module) {
  startDashboardServer(fromEnvironment(process.env)).then(
    (running) => console.log(`dashboard ready at ${running.url}`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
