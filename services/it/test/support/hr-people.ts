import { employeeHired, employeeTerminated } from '@backoffice/events/hr-events';
import type { Sql } from '@backoffice/platform/sql';
import { hrEvents, type HrEvents } from '@backoffice/testkit/hr-events';
import { eventually } from '@backoffice/testkit/kafka-observer';
import { employmentHistory, jobOn } from '@backoffice/workforce/workforce.queries';

// HR's people with a job title and, for a leaver, a last day: published for real to hr.employee.v1
// (a hire, then the termination), as it-test-service.ts's `hire` publishes plain hires, for tests
// whose outcome depends on what someone does or whether they have left.

export type Person = { employeeId: string; departmentId: string; title: string; startDate: string; lastDay?: string };

export type HrPeople = {
  // Publishes the people and waits until the projection has each with their title and last day.
  publish(people: readonly Person[]): Promise<void>;
  stop(): Promise<void>;
};

export async function hrPeople(kafkaPrefix: string, projection: Sql): Promise<HrPeople> {
  let hr: HrEvents | undefined;
  return {
    async publish(people) {
      hr ??= await hrEvents(kafkaPrefix, 'it-test-hr-people', [employeeHired.topic]);
      for (const person of people) {
        await hr.publish(employeeHired, {
          employeeId: person.employeeId,
          employeeNumber: `E-${person.employeeId.slice(0, 8)}`,
          firstName: 'Test',
          lastName: person.title,
          email: `person-${person.employeeId.slice(0, 8)}@example.com`,
          title: person.title,
          departmentId: person.departmentId,
          managerId: null,
          employmentType: 'FULL_TIME',
          startDate: person.startDate,
        });
        if (person.lastDay) await hr.publish(employeeTerminated, { employeeId: person.employeeId, terminationDate: person.lastDay });
      }
      for (const person of people) {
        await eventually(async () => {
          const [job, periods] = await Promise.all([jobOn(projection, person.employeeId, person.startDate), employmentHistory(projection, person.employeeId)]);
          return job?.title === person.title && periods.at(-1)?.lastDay === (person.lastDay ?? null);
        }, 30_000);
      }
    },
    async stop() {
      await hr?.stop();
    },
  };
}
