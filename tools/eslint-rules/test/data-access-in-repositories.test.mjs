// Unit cases for each kind of violation, and the look-alikes and places that must stay quiet.
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import rule from '../rules/data-access-in-repositories.mjs';

// The services are TypeScript, so the cases are parsed the way eslint.config.mjs parses them.
const ruleTester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

const service = (pathInService) => `services/hr/${pathInService}`;
const ordersService = service('src/orders/order.service.ts');

ruleTester.run('data-access-in-repositories', rule, {
  valid: [
    // Look-alikes on ordinary values: EntityManager method names on arrays, sets and factories.
    { filename: ordersService, code: 'const open = orders.find((o) => o.open); const ids = items.filter(Boolean);' },
    { filename: ordersService, code: 'seen.delete(id); cache.save(order); factory.create(); lines.count(); draft.update(changes);' },
    { filename: ordersService, code: 'const total = orders.findOne;' },
    // Opening a transaction is orchestration; the work inside it goes to repositories.
    { filename: ordersService, code: 'await dataSource.transaction(async (tx) => placeOrder(tx, order));' },
    { filename: ordersService, code: 'await this.dataSource.transaction(work);' },
    // A concept uses its own repository, nested folders included.
    { filename: ordersService, code: "import { findOrders } from './order.repository';" },
    { filename: service('src/orders/pricing/discounts.ts'), code: "import * as orders from '../order.repository.js';" },
    { filename: ordersService, code: "import { isUniqueViolation } from '../sql';" },
    { filename: ordersService, code: "import { customerQueries } from '../customers/customer.queries';" },
    { filename: ordersService, code: "import { Repository } from 'typeorm'; import { x } from '@backoffice/platform/repository';" },
    // Places where data access belongs.
    { filename: service('src/orders/order.repository.ts'), code: "await db.query('SELECT 1'); await manager.save(row); import { c } from '../customers/customer.repository';" },
    { filename: service('src/migrations/1764460900000-create-orders.ts'), code: "await queryRunner.query('CREATE TABLE orders ()'); queryRunner.manager;" },
    { filename: service('src/orders/order.service.test.ts'), code: "await dataSource.query('TRUNCATE orders');" },
    { filename: service('src/orders/test/helpers.ts'), code: 'await em.save(order);' },
    { filename: service('test/orders.int.test.ts'), code: "await dataSource.query('TRUNCATE orders');" },
    // Outside services/*/src the rule has nothing to say.
    { filename: 'packages/platform/src/outbox.ts', code: "await manager.query('SELECT 1'); manager.save(row);" },
    { filename: 'e2e/src/fixtures.ts', code: "import { find } from '../../services/hr/src/employees/employee.repository';" },
    // Wiring files directly in src/ may hand repositories to the modules.
    { filename: service('src/context.ts'), code: "import * as employeeRepository from './employees/employee.repository';" },
    { filename: service('src/hr-subgraph.ts'), code: "export { findEmployees } from './employees/employee.repository';" },
    // The platform's value checks are not SQL; its types are not either.
    { filename: ordersService, code: "import { isUniqueViolation, uuidsOnly, type Sql } from '@backoffice/platform/sql'; import type { KeysetPage } from '@backoffice/platform/sql';" },
    { filename: service('src/orders/order.repository.ts'), code: "import { rows, lockNamed } from '@backoffice/platform/sql';" },
    // Another module's public surface, and the service's infrastructure, may be imported.
    { filename: ordersService, code: "import { customerById } from '../customers/customer.queries'; import type { CustomerRecord } from '../customers/customer.record'; import type { CustomerHooks } from '../customers/customer.hooks'; import { ordersPolicy } from '../access/policy';" },
    // Consumers, jobs and the demo seed call a module's commands, as a resolver does.
    { filename: service('src/consumers/bill-orders.consumer.ts'), code: "import { placeOrder } from '../orders/order.commands/place-order';" },
    { filename: service('src/demo/seed.ts'), code: "import { placeOrder } from '../orders/order.commands/place-order'; import { orderInput } from '../orders/order.inputs';" },
  ],
  invalid: [
    // The platform's SQL helpers outside a repository.
    {
      filename: ordersService,
      code: "import { rows, lockNamed, isUuid } from '@backoffice/platform/sql';",
      errors: [
        { messageId: 'sqlHelper', data: { name: 'rows', module: '@backoffice/platform/sql', owner: 'this concept (orders/)' } },
        { messageId: 'sqlHelper', data: { name: 'lockNamed', module: '@backoffice/platform/sql', owner: 'this concept (orders/)' } },
      ],
    },
    // Another module's commands, rules or inputs: not its public surface.
    {
      filename: ordersService,
      code: "import { chargeCustomer } from '../customers/customer.commands/charge-customer'; import { creditRules } from '../customers/customer.rules'; import { isoDate } from '../customers/customer.inputs';",
      errors: ['../customers/customer.commands/charge-customer', '../customers/customer.rules', '../customers/customer.inputs'].map((source) => ({
        messageId: 'otherConceptsInternals',
        data: { source, otherConcept: 'customers' },
      })),
    },
    // 1. SQL, query builders and repositories on any receiver.
    {
      filename: ordersService,
      code: "await db.query('SELECT 1'); await this.dataSource.query('SELECT 1'); runner?.query('x');",
      errors: [
        { messageId: 'rawQuery', data: { method: 'query', owner: 'this concept (orders/)' }, line: 1, column: 10 },
        { messageId: 'rawQuery', line: 1, column: 51 },
        { messageId: 'rawQuery', line: 1, column: 78 },
      ],
    },
    {
      filename: ordersService,
      code: "repo.createQueryBuilder('o'); ds.getRepository(Order); m.getTreeRepository(Node); m.getMongoRepository(Doc); repository.withRepository(r);",
      errors: ['createQueryBuilder', 'getRepository', 'getTreeRepository', 'getMongoRepository', 'withRepository'].map((method) => ({ messageId: 'rawQuery', data: { method, owner: 'this concept (orders/)' } })),
    },
    {
      filename: service('src/sql.ts'),
      code: 'export const run = (db, sql) => db.query(sql);',
      errors: [{ messageId: 'rawQuery', data: { method: 'query', owner: 'the concept that owns the table' } }],
    },
    // 2. The entity manager: `.manager` anywhere, and its methods on manager-like receivers.
    {
      filename: ordersService,
      code: 'const m = queryRunner.manager; await this.dataSource.manager.save(order);',
      errors: [
        { messageId: 'managerAccess', line: 1, column: 23 },
        { messageId: 'managerAccess', line: 1, column: 54 },
      ],
    },
    {
      filename: ordersService,
      code: [
        'manager.save(order);',
        'entityManager.insert(Order, row);',
        'em.update(Order, id, changes);',
        'tx.delete(Order, id);',
        'dataSource.findOneBy(Order, { id });',
        'queryRunner.count(Order);',
        'transactionManager.upsert(Order, row, ["id"]);',
        'this.em.findAndCount(Order);',
        'manager!.create(Order, row);',
        'tx?.exists(Order);',
        "manager['remove'](order);",
      ].join('\n'),
      errors: [
        { messageId: 'entityManagerCall', data: { receiver: 'manager', method: 'save', owner: 'this concept (orders/)' }, line: 1 },
        { messageId: 'entityManagerCall', data: { receiver: 'entityManager', method: 'insert', owner: 'this concept (orders/)' }, line: 2 },
        { messageId: 'entityManagerCall', data: { receiver: 'em', method: 'update', owner: 'this concept (orders/)' }, line: 3 },
        { messageId: 'entityManagerCall', data: { receiver: 'tx', method: 'delete', owner: 'this concept (orders/)' }, line: 4 },
        { messageId: 'entityManagerCall', data: { receiver: 'dataSource', method: 'findOneBy', owner: 'this concept (orders/)' }, line: 5 },
        { messageId: 'entityManagerCall', data: { receiver: 'queryRunner', method: 'count', owner: 'this concept (orders/)' }, line: 6 },
        { messageId: 'entityManagerCall', data: { receiver: 'transactionManager', method: 'upsert', owner: 'this concept (orders/)' }, line: 7 },
        { messageId: 'entityManagerCall', data: { receiver: 'em', method: 'findAndCount', owner: 'this concept (orders/)' }, line: 8 },
        { messageId: 'entityManagerCall', data: { receiver: 'manager', method: 'create', owner: 'this concept (orders/)' }, line: 9 },
        { messageId: 'entityManagerCall', data: { receiver: 'tx', method: 'exists', owner: 'this concept (orders/)' }, line: 10 },
        { messageId: 'entityManagerCall', data: { receiver: 'manager', method: 'remove', owner: 'this concept (orders/)' }, line: 11 },
      ],
    },
    // 3. Another concept's repository, however it is imported.
    {
      filename: ordersService,
      code: [
        "import { findCustomer } from '../customers/customer.repository';",
        "import type { CustomerFilter } from '../customers/customer.repository.ts';",
        "export * from '../customers/customer.repository.js';",
        "export { findCustomer as customer } from '../customers/customer.repository';",
        "const lazy = await import('../customers/customer.repository');",
        "import legacy = require('../customers/customer.repository');",
      ].join('\n'),
      errors: [1, 2, 3, 4, 5, 6].map((line) => ({ messageId: 'otherConceptsRepository', line })),
    },
    {
      filename: service('src/orders/pricing/discounts.ts'),
      code: "import { findCustomer } from '../../customers/customer.repository';",
      errors: [
        {
          messageId: 'otherConceptsRepository',
          data: { source: '../../customers/customer.repository', otherConcept: 'customers', queriesFile: 'customer.queries.ts' },
        },
      ],
    },
    {
      // Directly in src/ and not wiring: still not a place to reach into a module's repository.
      filename: service('src/resolvers.ts'),
      code: "import { findEmployees } from './employees/employee.repository';",
      errors: [
        {
          messageId: 'repositoryOutsideModule',
          data: { source: './employees/employee.repository', otherConcept: 'employees', queriesFile: 'employee.queries.ts', fileName: 'resolvers.ts' },
        },
      ],
    },
    {
      // The full text tells the developer what to do instead.
      filename: ordersService,
      code: "import { findCustomer } from '../customers/customer.repository';",
      errors: [
        {
          message:
            "'../customers/customer.repository' is the customers module's repository. Import the customers module's exported queries (customers/customer.queries.ts) or react through a hook, not its repository.",
        },
      ],
    },
  ],
});
