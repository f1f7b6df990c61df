import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { employeeHired, employeeTerminated } from '@backoffice/events/hr-events';
import { equipmentNotNeeded } from '@backoffice/events/it-events';
import { parseEventEnvelope } from '@backoffice/events/registry';
import { hrEvents, type HrEvents } from '@backoffice/testkit/hr-events';
import { eventually } from '@backoffice/testkit/kafka-observer';
import { startItForTest, type ItForTest } from './support/it-test-service';

jest.setTimeout(120_000);

// A hire into a department without a kit, or a leaver holding nothing, opens no helpdesk ticket:
// IT says so (it.equipment.not-needed), so HR's process does not wait for a ticket forever.
describe('equipment not needed', () => {
  let it_: ItForTest;
  let hr: HrEvents;
  const department = randomUUID();

  beforeAll(async () => {
    it_ = await startItForTest();
    hr = await hrEvents(it_.env.KAFKA_PREFIX!, 'not-needed-test-hr', [employeeHired.topic]);
  });

  afterAll(async () => {
    await hr?.stop();
    await it_?.stop();
  });

  const notNeeded = async (employeeId: string) =>
    (await it_.admin.query<{ envelope: unknown }>(`SELECT envelope FROM outbox_events WHERE event_type = $1 AND message_key = $2 ORDER BY id`, [equipmentNotNeeded.type, employeeId])).rows.map((row) =>
      parseEventEnvelope(row.envelope),
    );

  it('says NO_KIT for a joiner whose department has none and NOTHING_HELD for a leaver holding nothing, once each, as reactions to HR’s events', async () => {
    const employeeId = randomUUID();
    const hired = await hr.publish(employeeHired, {
      employeeId,
      employeeNumber: `E-${employeeId.slice(0, 8)}`,
      firstName: 'Noa',
      lastName: 'Kit',
      email: `noa-${employeeId.slice(0, 8)}@example.com`,
      title: 'Analyst',
      departmentId: department,
      managerId: null,
      employmentType: 'FULL_TIME',
      startDate: '2026-09-01',
    });
    const [noKit] = await eventually(async () => {
      const events = await notNeeded(employeeId);
      return events.length ? events : undefined;
    }, 30_000);
    expect(noKit).toMatchObject({ causationid: hired.envelope.id, data: { employeeId, reason: 'NO_KIT', on: '2026-09-01' } });
    expect((await it_.admin.query(`SELECT 1 FROM tickets WHERE employee_id = $1`, [employeeId])).rows).toEqual([]);

    const terminated = await hr.publish(employeeTerminated, { employeeId, terminationDate: '2026-12-31' });
    await hr.redeliver(terminated);
    const events = await eventually(async () => {
      const all = await notNeeded(employeeId);
      return all.length >= 2 ? all : undefined;
    }, 30_000);
    // The redelivered termination changed nothing.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await notNeeded(employeeId)).map((event) => (event.data as { reason: string }).reason)).toEqual(['NO_KIT', 'NOTHING_HELD']);
    expect(events[1]).toMatchObject({ causationid: terminated.envelope.id, data: { reason: 'NOTHING_HELD', on: '2026-12-31' } });
  });
});
