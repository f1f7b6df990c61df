import { journalPosted } from '../src/accounting-events';
import { EventContractError, createEventEnvelope } from '../src/contract';
import { eventTypeVersion } from '../src/envelope';
import { employeeHired, employeeUpdated } from '../src/hr-events';
import { parseEventEnvelope, readEventEnvelope } from '../src/registry';
import { employeeId, hiredData, hiredEnvelope, postedEntry, postedLine } from './fixtures';

function contractError(run: () => unknown): EventContractError {
  try {
    run();
  } catch (error) {
    if (error instanceof EventContractError) return error;
    throw error;
  }
  throw new Error('expected an EventContractError');
}

describe('consumers read tolerantly', () => {
  it('a field added to data after the consumer was built is ignored, and the known fields are read', () => {
    const event = readEventEnvelope(hiredEnvelope({ ...hiredData(), preferredName: 'Ada', workLocation: 'Berlin' }));
    expect(event.type).toBe(employeeHired.type);
    expect(event.data).toEqual(hiredData());
  });

  it('an envelope extension the consumer does not know (tenantid) is ignored; causationid is read', () => {
    const event = readEventEnvelope({ ...hiredEnvelope(), causationid: 'c0a80164-0000-4000-8000-000000000001', tenantid: 'acme' });
    expect(event.causationid).toBe('c0a80164-0000-4000-8000-000000000001');
    expect(event).not.toHaveProperty('tenantid');
    expect(event.subject).toBe(employeeId);
  });

  it('unknown fields nested in arrays and maps are ignored too', () => {
    const entry = postedEntry([{ ...postedLine(1, '6000', '100.00', '0'), department: 'CC-1' }, postedLine(2, '1000', '0', '100.00')]);
    const envelope = { ...hiredEnvelope(), type: journalPosted.type, source: journalPosted.source, dataschema: journalPosted.dataschema, subject: employeeId, data: entry };
    expect(readEventEnvelope(envelope).data).toEqual({ ...entry, lines: [postedLine(1, '6000', '100.00', '0'), entry.lines[1]] });

    const updated = createEventEnvelope(employeeUpdated, {
      data: { employeeId, changes: { lastName: { from: 'Byron', to: 'Lovelace' } }, effectiveDate: '2025-03-01' },
      sequence: 2,
      actor: 'system',
      correlationid: 'req-1',
    });
    const withReason = { ...updated, data: { ...updated.data, changes: { lastName: { from: 'Byron', to: 'Lovelace', reason: 'MARRIAGE' } } } };
    expect(employeeUpdated.read(withReason).data.changes).toEqual({ lastName: { from: 'Byron', to: 'Lovelace' } });
  });

  it('does not read the original value differently: the input is left as it was', () => {
    const value = hiredEnvelope({ ...hiredData(), preferredName: 'Ada' });
    readEventEnvelope(value);
    expect(value.data).toHaveProperty('preferredName', 'Ada');
  });

  it('every rule on the fields it knows still holds, with the unknown ones left out of the error', () => {
    const error = contractError(() => readEventEnvelope(hiredEnvelope({ ...hiredData(), startDate: '2025-02-30', preferredName: 'Ada' })));
    expect(error.code).toBe('INVALID_DATA');
    expect(error.issues.map((issue) => issue.path)).toEqual(['data.startDate']);
  });

  it('a missing field is still an invalid event', () => {
    const { email: _email, ...withoutEmail } = hiredData();
    expect(contractError(() => readEventEnvelope(hiredEnvelope(withoutEmail))).code).toBe('INVALID_DATA');
  });

  it('a type with no contract is still unknown', () => {
    expect(contractError(() => readEventEnvelope({ ...hiredEnvelope(), type: 'backoffice.hr.employee.hired.v2' })).code).toBe('UNKNOWN_EVENT_TYPE');
  });

  it('producers stay strict: the same additions are refused when writing or checking what was written', () => {
    expect(contractError(() => parseEventEnvelope(hiredEnvelope({ ...hiredData(), preferredName: 'Ada' }))).code).toBe('INVALID_DATA');
    expect(contractError(() => parseEventEnvelope({ ...hiredEnvelope(), causationid: 'x' })).code).toBe('INVALID_ENVELOPE');
    expect(() => employeeHired.parse({ ...hiredEnvelope(), causationid: 'x' })).toThrow(EventContractError);
  });
});

describe('event type versions', () => {
  it('splits a type into the event and its version', () => {
    expect(eventTypeVersion('backoffice.hr.employee.hired.v1')).toEqual({ event: 'backoffice.hr.employee.hired', version: 1 });
    expect(eventTypeVersion('backoffice.it.reaction.failed.v12')).toEqual({ event: 'backoffice.it.reaction.failed', version: 12 });
  });

  it('is undefined for anything that is not an event type', () => {
    expect(eventTypeVersion('hr.employee.hired')).toBeUndefined();
    expect(eventTypeVersion('backoffice.hr.employee.hired.v0')).toBeUndefined();
  });
});
