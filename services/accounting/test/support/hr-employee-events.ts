import type { Sql } from '@backoffice/platform/sql';
import { employeeHired } from '@backoffice/events/hr-events';
import { eventually } from '@backoffice/testkit/kafka-observer';
import { jobsOn } from '@backoffice/workforce/workforce.queries';
import { hrEvents } from './hr-events';

// HR's hires, published for real to the topic accounting's workforce projection reads, so a test
// can give people a department and a line manager the way production does.

export type Hire = { employeeId: string; departmentId: string; managerId: string | null; startDate: string };

export type HrEmployeeEvents = {
  // Publishes one hr.employee.hired per person (each person's first event: sequence 1).
  hire(hires: readonly Hire[]): Promise<void>;
  stop(): Promise<void>;
};

export async function hrEmployeeEvents(kafkaPrefix: string, clientId: string): Promise<HrEmployeeEvents> {
  const hr = await hrEvents(kafkaPrefix, clientId, [employeeHired.topic]);
  return {
    async hire(hires) {
      for (const [index, hire] of hires.entries()) {
        await hr.publish(employeeHired, {
          employeeId: hire.employeeId,
          employeeNumber: `E-${hire.employeeId.slice(0, 8)}`,
          firstName: 'Test',
          lastName: `Person ${index + 1}`,
          email: `person-${hire.employeeId.slice(0, 8)}@example.com`,
          title: 'Analyst',
          departmentId: hire.departmentId,
          managerId: hire.managerId,
          employmentType: 'FULL_TIME',
          startDate: hire.startDate,
        });
      }
    },
    stop: () => hr.stop(),
  };
}

// Until the projection knows every one of them on `date` (a job in force: department, manager).
export async function untilJobsKnown(db: Sql, employeeIds: readonly string[], date: string, timeoutMs = 30_000): Promise<void> {
  await eventually(async () => (await jobsOn(db, employeeIds, date)).size === employeeIds.length, timeoutMs);
}
