import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from 'graphql-tag';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { platformMigrations } from '@backoffice/platform/platform-migrations';
import type { SubgraphDefinition } from '@backoffice/platform/subgraph-service';
import { createHrContext, type HrContext } from './context';
import { hrModulesFrom, type HrModules } from './hr-modules';
import { publishCalendarBackfill } from './jobs/publish-calendar-backfill.job';
import type { HrConfig } from './config';
import { CreateHrRecords1764460900000 } from './migrations/1764460900000-create-hr-records';
import { CreateLeave1764461200000 } from './migrations/1764461200000-create-leave';
import { CarryJobChangesForward1764461300000 } from './migrations/1764461300000-carry-job-changes-forward';
import { ShortenLeaveAtTermination1764461400000 } from './migrations/1764461400000-shorten-leave-at-termination';
import { OneRuleForTheJobInForce1764461500000 } from './migrations/1764461500000-one-rule-for-the-job-in-force';
import { StatusByHalfDayAndLastDay1764461600000 } from './migrations/1764461600000-status-by-half-day-and-last-day';
import { StatusOnTheBusinessClock1764470100000 } from './migrations/1764470100000-status-on-the-business-clock';
import { RedactPrivateFieldsInAuditLog1764490000000 } from './migrations/1764490000000-redact-private-fields-in-audit-log';
import { resolvers } from './resolvers';
import { Workflows1764510100000 } from './migrations/1764510100000-workflows';
import { WORKFLOW_TOPICS, workflowsConsumer } from './consumers/workflows.consumer';

// HR's modules are wired once per running service, not per request.
const wired = new WeakMap<object, HrModules>();
const modulesOf = (deps: Parameters<typeof hrModulesFrom>[0]): HrModules => {
  let modules = wired.get(deps);
  if (!modules) wired.set(deps, (modules = hrModulesFrom(deps)));
  return modules;
};

export const hrTypeDefs = gql(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

// Everything HR is made of, for main.ts and for tests that start HR in-process.
export const hrSubgraph: SubgraphDefinition<HrContext, HrConfig> = {
  typeDefs: hrTypeDefs,
  resolvers: resolvers as GraphQLResolverMap<HrContext>,
  migrations: [...platformMigrations, CreateHrRecords1764460900000, CreateLeave1764461200000, CarryJobChangesForward1764461300000, ShortenLeaveAtTermination1764461400000, OneRuleForTheJobInForce1764461500000, StatusByHalfDayAndLastDay1764461600000, StatusOnTheBusinessClock1764470100000, RedactPrivateFieldsInAuditLog1764490000000, Workflows1764510100000],
  topics: ['hr.employee.v1', 'hr.compensation.v1', 'hr.department.v1', 'hr.leave.v1', 'hr.calendar.v1', 'hr.reaction.v1', 'hr.workflow.v1', ...WORKFLOW_TOPICS.filter((topic) => topic !== 'hr.reaction.v1')],
  // The processes' steps, from the departments' events.
  consumers: (deps) => [workflowsConsumer(modulesOf(deps))],
  context: (deps, request) => createHrContext(modulesOf(deps), request),
  jobs: () => [publishCalendarBackfill],
};
