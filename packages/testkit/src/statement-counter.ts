// Counts what a service sends to PostgreSQL while it does some work (answers a request, say), by
// wrapping `query` on each pooled client as the pool hands it out. Stop the service's relay and
// job runner first: they share the pool and would add their polls to the count.
// `dataSource` is the service's TypeORM DataSource (pg driver).
export function statementCounter(dataSource: { driver: unknown }) {
  const driver = dataSource.driver as { master: { on(event: string, listener: (client: { query: unknown }) => void): void } };
  let count = 0;
  let counting = false;
  const patched = new WeakSet<object>();
  driver.master.on('acquire', (client) => {
    if (patched.has(client)) return;
    patched.add(client);
    const original = client.query as (...args: unknown[]) => unknown;
    client.query = (...args: unknown[]) => {
      if (counting) count += 1;
      return original.apply(client, args);
    };
  });
  return {
    async during<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
      count = 0;
      counting = true;
      try {
        return { result: await work(), statements: count };
      } finally {
        counting = false;
      }
    },
  };
}
