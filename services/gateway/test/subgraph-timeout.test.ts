import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { loadGatewayConfig } from '../src/config';
import { fetcherWithTimeout, isTimeout, SubgraphTimeout, timedOutFieldErrors } from '../src/limits/subgraph-timeout';

const timeoutError = { message: 'IT did not answer', extensions: { code: 'SUBGRAPH_TIMEOUT' } };

describe('a subgraph that does not answer in time', () => {
  it('the default deadline is 5 seconds, configurable', () => {
    expect(loadGatewayConfig({ NODE_ENV: 'test' }).limits.subgraphTimeoutMs).toBe(5000);
    expect(loadGatewayConfig({ NODE_ENV: 'test', SUBGRAPH_TIMEOUT_MS: '750' }).limits.subgraphTimeoutMs).toBe(750);
  });

  it('an entity fetch gets an error at each field asked of each entity', () => {
    const request = {
      query: `query Employees__it__1($representations: [_Any!]!) { _entities(representations: $representations) { ... on Employee { accounts { system } tickets: accounts { status } __typename } } }`,
      variables: { representations: [{ __typename: 'Employee', id: 'a' }, { __typename: 'Employee', id: 'b' }] },
    };
    expect(timedOutFieldErrors(request, undefined, timeoutError).map((error) => error.path)).toEqual([
      ['_entities', 0, 'accounts'],
      ['_entities', 0, 'tickets'],
      ['_entities', 1, 'accounts'],
      ['_entities', 1, 'tickets'],
    ]);
  });

  it('an entity fetch with several types and named fragments gets each entity’s own fields', () => {
    const request = {
      query: `query Q($representations: [_Any!]!) { _entities(representations: $representations) { ... on Employee { ...Seats } ... on Department { budget { fiscalYear } } } } fragment Seats on Employee { accounts { system } }`,
      variables: { representations: [{ __typename: 'Department', id: 'd' }, { __typename: 'Employee', id: 'e' }] },
    };
    expect(timedOutFieldErrors(request, undefined, timeoutError).map((error) => error.path)).toEqual([
      ['_entities', 0, 'budget'],
      ['_entities', 1, 'accounts'],
    ]);
  });

  it('a root fetch gets an error at each root field, with the message and code it was given', () => {
    const errors = timedOutFieldErrors({ query: `{ employees(first: 2) { totalCount } department: departments { id } __typename }` }, undefined, timeoutError);
    expect(errors).toEqual([
      { ...timeoutError, path: ['employees'] },
      { ...timeoutError, path: ['department'] },
    ]);
  });

  describe('the fetch deadline', () => {
    let server: Server;
    let url: string;

    beforeAll(async () => {
      // Accepts the request and never answers, as a frozen process would.
      server = createServer(() => undefined);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    });

    afterAll(async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    });

    it('gives up on a subgraph that never answers, with a timeout the data source recognises', async () => {
      const fetcher = fetcherWithTimeout(new RemoteGraphQLDataSource().fetcher, 200);
      const failure = await fetcher(url, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(SubgraphTimeout);
      expect(isTimeout(failure)).toBe(true);
    });

    it('a subgraph that is down is not a timeout', async () => {
      const fetcher = fetcherWithTimeout(new RemoteGraphQLDataSource().fetcher, 5_000);
      const failure = await fetcher('http://127.0.0.1:1/graphql', { method: 'POST', body: '{}' }).catch((error: unknown) => error);
      expect(isTimeout(failure)).toBe(false);
    });
  });
});
