import { buildSchema } from 'graphql';
import { startGraphQLHttpServer, type RunningHttpServer } from '../src/graphql-http-server';
import { testLogger } from './support';

// Production describes nothing of its schema to a caller: no introspection, no landing page, no
// "Did you mean …?" in validation errors. Development keeps all three.

const schema = buildSchema('type Query { hello: String, salary: String }');
schema.getQueryType()!.getFields()['hello']!.resolve = () => 'world';

const post = async (server: RunningHttpServer, query: string) => {
  const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
};
const landingPage = async (server: RunningHttpServer) => {
  const response = await fetch(server.url, { headers: { accept: 'text/html' } });
  return { status: response.status, body: await response.text() };
};

describe.each([
  ['production (the default)', undefined, false],
  ['development', true, true],
])('a GraphQL endpoint in %s', (_name, exposeSchema, exposed) => {
  let server: RunningHttpServer;

  beforeAll(async () => {
    server = await startGraphQLHttpServer({ logger: testLogger, port: 0, schema, exposeSchema, readiness: async () => ({ ready: true, checks: {} }), context: async () => ({}) });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it(exposed ? 'answers introspection' : 'refuses introspection', async () => {
    const response = await post(server, '{ __schema { types { name } } }');
    if (exposed) expect(response.errors).toBeUndefined();
    else expect(response.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
  });

  it(exposed ? 'suggests field names' : 'suggests no field names', async () => {
    const response = await post(server, '{ salry }');
    expect(response.errors?.[0]?.message).toMatch(/Cannot query field "salry"/);
    expect(response.errors?.[0]?.message.includes('Did you mean')).toBe(exposed);
  });

  it(exposed ? 'serves a landing page' : 'serves no landing page', async () => {
    const page = await landingPage(server);
    expect(/<html/i.test(page.body)).toBe(exposed);
  });

  it('answers queries either way', async () => {
    expect(await post(server, '{ hello }')).toEqual({ data: { hello: 'world' } });
  });
});

describe('/readyz', () => {
  it('says not ready when its check fails, without the error text', async () => {
    const server = await startGraphQLHttpServer({
      logger: testLogger,
      port: 0,
      schema,
      readiness: async () => {
        throw new Error('connect ECONNREFUSED 10.1.2.3:5432 password authentication failed for user "hr_app"');
      },
      context: async () => ({}),
    });
    try {
      const response = await fetch(new URL('/readyz', server.url));
      expect(response.status).toBe(503);
      const body = await response.text();
      expect(JSON.parse(body)).toEqual({ status: 'not ready' });
      expect(body).not.toMatch(/ECONNREFUSED|10\.1\.2\.3|password|hr_app/);
    } finally {
      await server.stop();
    }
  });
});
