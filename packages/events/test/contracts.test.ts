import { journalPosted } from '../src/accounting-events';
import { z } from 'zod';
import { EventContractError, createEventEnvelope, defineEvent, validateEventData } from '../src/contract';
import {
  compensationChanged,
  employeeHired,
  employeeTerminated,
  employeeTerminatedV1,
  employeeUpdated,
  leaveApproved,
  leaveApprovedV1,
} from '../src/hr-events';
import { allEventContracts, findEventContract, parseEventEnvelope, readEventEnvelope } from '../src/registry';
import { baseTopics } from '../src/topics';
import { departmentId, employeeId, hiredData, hiredEnvelope, postedEntry, postedLine } from './fixtures';

function contractError(run: () => unknown): EventContractError {
  try {
    run();
  } catch (error) {
    if (error instanceof EventContractError) return error;
    throw error;
  }
  throw new Error('expected an EventContractError');
}

describe('event contracts', () => {
  it('name the CloudEvents type, short name, topic and dataschema consistently', () => {
    expect(employeeHired.type).toBe('backoffice.hr.employee.hired.v1');
    expect(employeeHired.shortName).toBe('hr.employee.hired');
    expect(employeeHired.topic).toBe('hr.employee.v1');
    expect(employeeHired.source).toBe('/backoffice/hr');
    expect(employeeHired.dataschema).toBe('https://backoffice.dev/schemas/backoffice.hr.employee.hired.v1.json');
  });

  it('every contract publishes on a known topic of its own service', () => {
    for (const contract of allEventContracts) {
      expect(baseTopics).toContain(contract.topic);
      expect(contract.topic.startsWith(`${contract.service}.`)).toBe(true);
      expect(findEventContract(contract.type)).toBe(contract);
    }
  });

  it('cannot be defined with a data schema that lets unknown fields through', () => {
    const loose = z.object({ employeeId: z.uuid() }) as unknown as z.ZodObject<{ employeeId: z.ZodUUID }, z.core.$strict>;
    expect(() =>
      defineEvent({
        service: 'hr',
        aggregate: 'employee',
        name: 'promoted',
        version: 1,
        topic: 'hr.employee.v1',
        key: 'employeeId',
        description: 'test',
        data: loose,
        example: { employeeId: employeeId },
      }),
    ).toThrow(/z.strictObject/);
  });

  it('cannot be published on another service\'s topic', () => {
    expect(() =>
      defineEvent({
        service: 'it',
        aggregate: 'employee',
        name: 'promoted',
        version: 1,
        topic: 'hr.employee.v1',
        key: 'employeeId',
        description: 'test',
        data: z.strictObject({ employeeId: z.uuid() }),
        example: { employeeId },
      }),
    ).toThrow(/own topics/);
  });

  it('every topic carries at least one event type', () => {
    for (const topic of baseTopics) {
      expect(allEventContracts.some((contract) => contract.topic === topic)).toBe(true);
    }
  });
});

describe('validateEventData', () => {
  it('accepts a valid hired event and returns its data', () => {
    expect(validateEventData(employeeHired, hiredData())).toEqual(hiredData());
  });

  it('rejects an unknown field in data, naming it', () => {
    const error = contractError(() => validateEventData(employeeHired, { ...hiredData(), salary: '90000' }));
    expect(error.code).toBe('INVALID_DATA');
    expect(error.eventType).toBe('backoffice.hr.employee.hired.v1');
    expect(error.issues).toEqual([{ path: 'data', message: expect.stringContaining('salary') }]);
  });

  it('rejects an unknown field in a nested object too', () => {
    const entry = postedEntry([{ ...postedLine(1, '6000', '100.00', '0'), note: 'x' }, postedLine(2, '1000', '0', '100.00')]);
    const error = contractError(() => validateEventData(journalPosted, entry));
    expect(error.issues[0]?.path).toBe('data.lines.0');
  });

  it.each(['2025-02-30', '2023-02-29', '2025-3-1', '2025-03-01T00:00:00Z'])(
    'rejects %s as a start date because it is not a real YYYY-MM-DD date',
    (startDate) => {
      const error = contractError(() => validateEventData(employeeHired, { ...hiredData(), startDate }));
      expect(error.issues.map((issue) => issue.path)).toEqual(['data.startDate']);
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(() => validateEventData(employeeHired, { ...hiredData(), startDate: '2024-02-29' })).not.toThrow();
  });

  it.each(['1e5', '12.34567', '1,000.00', '', ' 10', 'NaN'])('rejects %j as a decimal amount', (amount) => {
    const data = {
      employeeId,
      amount,
      currency: 'EUR',
      payFrequency: 'ANNUAL',
      effectiveDate: '2025-04-01',
      reason: null,
      previousAmount: null,
    };
    const error = contractError(() => validateEventData(compensationChanged, data));
    expect(error.issues.map((issue) => issue.path)).toEqual(['data.amount']);
  });

  it('rejects a currency that is not three upper-case letters', () => {
    const data = {
      employeeId,
      amount: '5200.00',
      currency: 'eur',
      payFrequency: 'MONTHLY',
      effectiveDate: '2025-04-01',
      reason: null,
      previousAmount: '5000.00',
    };
    expect(contractError(() => validateEventData(compensationChanged, data)).issues[0]?.path).toBe('data.currency');
  });

  it('accepts half days of leave and rejects quarter days', () => {
    const leave = {
      leaveRequestId: departmentId,
      employeeId,
      startDate: '2025-07-01',
      endDate: '2025-07-02',
      // From noon on 1 July to the end of 2 July.
      startHalfDay: true,
      endHalfDay: false,
      days: '1.5',
      unpaid: false,
      decidedBy: null,
    };
    expect(() => validateEventData(leaveApproved, leave)).not.toThrow();
    expect(contractError(() => validateEventData(leaveApproved, { ...leave, days: '1.25' })).issues[0]?.path).toBe(
      'data.days',
    );
  });

  it('reads leave without half-day flags as whole days', () => {
    const leave = {
      leaveRequestId: departmentId,
      employeeId,
      startDate: '2025-07-01',
      endDate: '2025-07-02',
      days: '2',
      unpaid: false,
      decidedBy: null,
    };
    expect(validateEventData(leaveApproved, leave)).toEqual({ ...leave, startHalfDay: false, endHalfDay: false });
  });

  it('rejects leave that ends before it starts', () => {
    const leave = {
      leaveRequestId: departmentId,
      employeeId,
      startDate: '2025-07-02',
      endDate: '2025-07-01',
      startHalfDay: false,
      endHalfDay: false,
      days: '1',
      unpaid: false,
      decidedBy: null,
    };
    expect(contractError(() => validateEventData(leaveApproved, leave)).issues[0]?.path).toBe('data.endDate');
  });

  it('refuses a leave type on leave v2 and a reason on terminated v2: analysts read those topics', () => {
    const leave = {
      leaveRequestId: departmentId,
      employeeId,
      startDate: '2025-07-01',
      endDate: '2025-07-01',
      startHalfDay: false,
      endHalfDay: false,
      days: '1',
      unpaid: false,
      decidedBy: null,
    };
    expect(contractError(() => validateEventData(leaveApproved, { ...leave, leaveType: 'SICK' })).message).toContain('leaveType');
    const termination = { employeeId, terminationDate: '2025-09-30' };
    expect(validateEventData(employeeTerminated, termination)).toEqual(termination);
    expect(contractError(() => validateEventData(employeeTerminated, { ...termination, reason: 'DISMISSAL' })).message).toContain(
      'reason',
    );
  });
  it('rejects a journal entry whose debits and credits do not balance', () => {
    const entry = postedEntry([postedLine(1, '6000', '100.005', '0'), postedLine(2, '1000', '0', '100.00')]);
    expect(contractError(() => validateEventData(journalPosted, entry)).issues).toEqual([
      { path: 'data.lines', message: 'Debits and credits must balance' },
    ]);
    entry.lines[0] = postedLine(1, '6000', '100', '0');
    expect(() => validateEventData(journalPosted, entry)).not.toThrow();
  });

  it('rejects an employee update that names a pay or private contact field', () => {
    const data = { employeeId, changes: { homeAddress: { from: null, to: '1 Main St' } } };
    const error = contractError(() => validateEventData(employeeUpdated, data));
    expect(error.issues[0]?.path).toBe('data.changes.homeAddress');
  });

  it('rejects an employee update that changes nothing', () => {
    expect(() => validateEventData(employeeUpdated, { employeeId, changes: {} })).toThrow(EventContractError);
  });
});

describe('createEventEnvelope', () => {
  it('builds a valid envelope whose subject is the aggregate id', () => {
    const envelope = createEventEnvelope(employeeHired, {
      data: validateEventData(employeeHired, hiredData()),
      sequence: 3,
      actor: employeeId,
      correlationid: 'req-1',
    });
    expect(envelope).toMatchObject({
      specversion: '1.0',
      source: '/backoffice/hr',
      type: 'backoffice.hr.employee.hired.v1',
      subject: employeeId,
      datacontenttype: 'application/json',
      sequence: 3,
    });
    expect(envelope).not.toHaveProperty('traceparent');
    expect(parseEventEnvelope(JSON.stringify(envelope))).toEqual(envelope);
  });

  it('refuses a sequence that is not a positive integer', () => {
    const error = contractError(() =>
      createEventEnvelope(employeeHired, {
        data: validateEventData(employeeHired, hiredData()),
        sequence: 0,
        actor: 'system',
        correlationid: 'req-1',
      }),
    );
    expect(error.code).toBe('INVALID_ENVELOPE');
    expect(error.issues[0]?.path).toBe('sequence');
  });
});

describe('parseEventEnvelope', () => {
  it('returns a valid hired event typed by its type', () => {
    const event = parseEventEnvelope(hiredEnvelope());
    if (event.type !== 'backoffice.hr.employee.hired.v1') throw new Error('narrowing failed');
    // Compiles only because narrowing on `type` narrows `data`.
    const firstName: string = event.data.firstName;
    expect(firstName).toBe('Ada');
  });

  it('accepts the raw Kafka value as a Buffer', () => {
    expect(parseEventEnvelope(Buffer.from(JSON.stringify(hiredEnvelope()))).type).toBe(employeeHired.type);
  });

  it('rejects an unknown event type', () => {
    const envelope = { ...hiredEnvelope(), type: 'backoffice.hr.employee.promoted.v1' };
    const error = contractError(() => parseEventEnvelope(envelope));
    expect(error.code).toBe('UNKNOWN_EVENT_TYPE');
    expect(error.eventType).toBe('backoffice.hr.employee.promoted.v1');
  });

  it('rejects a known type in a version that does not exist', () => {
    const envelope = { ...hiredEnvelope(), type: 'backoffice.hr.employee.hired.v9' };
    expect(contractError(() => parseEventEnvelope(envelope)).code).toBe('UNKNOWN_EVENT_TYPE');
  });

  it('rejects an unknown field in data', () => {
    const error = contractError(() => parseEventEnvelope(hiredEnvelope({ ...hiredData(), phone: '+1 555 0100' })));
    expect(error.code).toBe('INVALID_DATA');
    expect(error.message).toContain('phone');
  });

  it('rejects an unknown envelope attribute', () => {
    const error = contractError(() => parseEventEnvelope({ ...hiredEnvelope(), partitionkey: 'x' }));
    expect(error.code).toBe('INVALID_ENVELOPE');
  });

  it('rejects a subject that is not the aggregate id in data', () => {
    const error = contractError(() => parseEventEnvelope({ ...hiredEnvelope(), subject: departmentId }));
    expect(error.code).toBe('INVALID_ENVELOPE');
    expect(error.issues[0]?.path).toBe('subject');
  });

  it('rejects an event from the wrong source', () => {
    const error = contractError(() => parseEventEnvelope({ ...hiredEnvelope(), source: '/backoffice/it' }));
    expect(error.issues.map((issue) => issue.path)).toEqual(['source']);
  });

  it('rejects a malformed traceparent', () => {
    const error = contractError(() => parseEventEnvelope({ ...hiredEnvelope(), traceparent: 'abc' }));
    expect(error.issues.map((issue) => issue.path)).toEqual(['traceparent']);
  });

  it('rejects a value that is not JSON', () => {
    expect(contractError(() => parseEventEnvelope('{not json')).code).toBe('INVALID_JSON');
  });

  it('rejects an envelope without data', () => {
    const { data: _data, ...withoutData } = hiredEnvelope();
    expect(contractError(() => parseEventEnvelope(withoutData)).code).toBe('INVALID_ENVELOPE');
  });
});

// Version 1 of terminated and the leave events is superseded, not gone: topics keep every event,
// so the ones written before v2 must still be read as they were.
describe('superseded versions stay readable', () => {
  const v1Leave = {
    leaveRequestId: departmentId,
    employeeId,
    leaveType: 'VACATION',
    startDate: '2025-07-01',
    endDate: '2025-07-02',
    days: '1.5',
    unpaid: false,
    decidedBy: null,
  };

  function envelopeOf(contract: { type: string; source: string; dataschema: string }, subject: string, data: Record<string, unknown>) {
    return { ...hiredEnvelope(), type: contract.type, source: contract.source, dataschema: contract.dataschema, subject, data };
  }

  it('a v1 leave event with its leave type is read with the v1 contract, and v1 still checks half days and dates', () => {
    const event = readEventEnvelope(envelopeOf(leaveApprovedV1, departmentId, v1Leave));
    expect(event.type).toBe('backoffice.hr.leave.approved.v1');
    expect(event.data).toEqual(v1Leave);
    expect(contractError(() => validateEventData(leaveApprovedV1, { ...v1Leave, days: '1.25' })).issues[0]?.path).toBe('data.days');
    expect(
      contractError(() => validateEventData(leaveApprovedV1, { ...v1Leave, startDate: '2025-07-02', endDate: '2025-07-01' })).issues[0]?.path,
    ).toBe('data.endDate');
  });

  it('a v1 termination with its reason is read with the v1 contract', () => {
    const data = { employeeId, terminationDate: '2025-09-30', reason: 'RESIGNATION' };
    const event = readEventEnvelope(envelopeOf(employeeTerminatedV1, employeeId, data));
    expect(event.type).toBe('backoffice.hr.employee.terminated.v1');
    expect(event.data).toEqual(data);
  });

  it('v1 and v2 are different types of the same event on the same topic, so one aggregate stays in order', () => {
    const pairs = [
      [employeeTerminatedV1, employeeTerminated],
      [leaveApprovedV1, leaveApproved],
    ] as const;
    for (const [v1, v2] of pairs) {
      expect([v1.shortName, v1.topic, v1.version]).toEqual([v2.shortName, v2.topic, 1]);
      expect(v2.version).toBe(2);
      expect(findEventContract(v1.type)).toBe(v1);
      expect(findEventContract(v2.type)).toBe(v2);
    }
    expect(pairs).toHaveLength(2);
  });
});
