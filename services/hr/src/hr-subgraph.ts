import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { CreatePlatformTables1764460800000 } from '@backoffice/platform/platform-tables.migration';
import type { SubgraphDefinition } from '@backoffice/platform/subgraph-service';
import { createHrContext, type HrContext } from './context';
import { DepartmentEntity } from './departments/department.entity';
import { CompensationEntity } from './employees/compensation.entity';
import { EmployeeEntity } from './employees/employee.entity';
import { CreateDepartmentsAndEmployees1764460900000 } from './migrations/1764460900000-create-departments-and-employees';
import { resolvers } from './resolvers';

export const hrTypeDefs = gql(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

// Everything HR is made of, for main.ts and for tests that start HR in-process.
export const hrSubgraph: SubgraphDefinition<HrContext> = {
  typeDefs: hrTypeDefs,
  resolvers: resolvers as GraphQLResolverMap<HrContext>,
  entities: [DepartmentEntity, EmployeeEntity, CompensationEntity],
  migrations: [CreatePlatformTables1764460800000, CreateDepartmentsAndEmployees1764460900000],
  topics: ['hr.employee.v1', 'hr.compensation.v1', 'hr.department.v1'],
  context: createHrContext,
};
