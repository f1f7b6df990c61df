import { checkServiceAnatomy, type ServiceSources } from '../src/service-anatomy';

// The anatomy check itself: a well-formed service passes, and each kind of deviation is named.

const wellFormed = (): ServiceSources =>
  new Map([
    ['main.ts', ''],
    ['config.ts', ''],
    ['context.ts', ''],
    ['resolvers.ts', ''],
    ['schema.graphql', ''],
    ['access/policy.ts', ''],
    ['migrations/1764460800000-create-orders.ts', ''],
    ['consumers/bill-new-orders.consumer.ts', ''],
    ['orders/order.resolvers.ts', 'export const orderMutations: Pick<MutationResolvers, "placeOrder"> = {};'],
    ['orders/order.record.ts', ''],
    ['orders/order.repository.ts', ''],
    ['orders/order.inputs.ts', ''],
    ['orders/order.queries.ts', ''],
    ['orders/order.rules.ts', ''],
    ['orders/pricing.rules.ts', ''],
    ['orders/pricing.rules.test.ts', ''],
    ['orders/order.commands/place-order.ts', 'export async function placeOrder() {}'],
    ['orders/order.commands/place-order.test.ts', ''],
    ['reports/report.resolvers.ts', 'export const reportQueries = {};'],
    ['reports/report.record.ts', ''],
    ['reports/report.repository.ts', ''],
    ['reports/report.service.ts', ''],
  ]);

const without = (path: string) => {
  const sources = wellFormed();
  sources.delete(path);
  return sources;
};
const withFile = (path: string, content = '') => new Map([...wellFormed(), [path, content]]);

describe('the service anatomy check', () => {
  it('passes a service whose concepts have their files in the named roles', () => {
    expect(checkServiceAnatomy(wellFormed())).toEqual([]);
  });

  it.each([
    ['no access policy', without('access/policy.ts'), 'access/policy.ts is missing: every service names its permissions there'],
    ['no repository', without('orders/order.repository.ts'), 'orders/order.repository.ts is missing'],
    ['no record', without('reports/report.record.ts'), 'reports/report.record.ts is missing'],
    ['no commands or service', without('reports/report.service.ts'), 'reports/: commands live in report.service.ts or report.commands/ (reads of a read-only concept in report.queries.ts)'],
    ['mutations without inputs', without('orders/order.inputs.ts'), 'orders/order.inputs.ts is missing: a concept with mutations validates their input there'],
    ['no resolvers', without('reports/report.resolvers.ts'), 'reports/: needs exactly one <concept>.resolvers.ts (found 0)'],
    ['a file in no role', withFile('orders/helpers.ts'), 'orders/helpers.ts: not a role file; name it order.<resolvers|service|repository|record|inputs|queries|rules|hooks>.ts (or <topic>.rules.ts)'],
    ['another concept’s stem', withFile('orders/report.queries.ts'), 'orders/report.queries.ts: not a role file; name it order.<resolvers|service|repository|record|inputs|queries|rules|hooks>.ts (or <topic>.rules.ts)'],
    ['a nested folder', withFile('orders/util/math.ts'), 'orders/util/math.ts: a concept folder holds role files only (and order.commands/)'],
    ['a badly named command', withFile('orders/order.commands/PlaceOrder.ts'), 'orders/order.commands/PlaceOrder.ts: a command file is one kebab-case command, e.g. hire-employee.ts'],
    ['two commands in one file', withFile('orders/order.commands/change-order.ts', 'export async function cancelOrder() {}\nexport async function amendOrder() {}'), 'orders/order.commands/change-order.ts: a command file exports its one command'],
    ['a badly named migration', withFile('migrations/create-things.ts'), 'migrations/create-things.ts: migrations are named <13-digit timestamp>-<what-it-does>.ts'],
    ['a badly named consumer', withFile('consumers/billing.ts'), 'consumers/billing.ts: consumers are named <what-it-does>.consumer.ts'],
  ])('names a service with %s', (_what, sources, problem) => {
    expect(checkServiceAnatomy(sources)).toEqual([problem]);
  });

  it('accepts a read-only concept with queries instead of commands', () => {
    const sources = without('reports/report.service.ts');
    sources.set('reports/report.queries.ts', '');
    expect(checkServiceAnatomy(sources)).toEqual([]);
  });

  it('names files after their concept folder', () => {
    const sources = new Map([...wellFormed()].map(([path, content]) => [path.replace(/^reports\/report\./, 'reports/summary.'), content]));
    expect(checkServiceAnatomy(sources)).toEqual(['reports/: its files are named after the concept (reports or its singular), not summary']);
  });
});
