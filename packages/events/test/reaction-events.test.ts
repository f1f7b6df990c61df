import { EventContractError, createEventEnvelope, validateEventData } from '../src/contract';
import { itReactionFailed, reactionFailedContracts } from '../src/reaction-events';
import { parseEventEnvelope } from '../src/registry';
import { services } from '../src/envelope';

const failure = {
  failureId: '3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b',
  consumer: 'it.provision-new-hires',
  eventId: '9b2e7c1a-4d3f-4a5b-8c6d-7e8f9a0b1c2d',
  eventType: 'backoffice.hr.employee.hired.v1',
  topic: 'hr.employee.v1' as const,
  partition: 3,
  offset: '1042',
  correlationId: 'req-42',
  reason: 'PermanentEventError',
};

describe('reaction failed facts', () => {
  it('each service publishes its own on <service>.reaction.v1', () => {
    for (const service of services) {
      const contract = reactionFailedContracts[service];
      expect(contract.type).toBe(`backoffice.${service}.reaction.failed.v1`);
      expect(contract.topic).toBe(`${service}.reaction.v1`);
    }
  });

  it('names the failed delivery and is keyed by its failure id', () => {
    const event = createEventEnvelope(itReactionFailed, { data: failure, sequence: 1, actor: 'system', correlationid: 'req-42' });
    expect(event.subject).toBe(failure.failureId);
    expect(parseEventEnvelope(JSON.stringify(event)).data).toEqual(failure);
  });

  it('may not know the event when the message was not a readable envelope', () => {
    expect(() => validateEventData(itReactionFailed, { ...failure, eventId: null, eventType: null, correlationId: null })).not.toThrow();
  });

  it.each(['duplicate key value violates unique constraint', 'Error: boom', ''])('refuses free text as a reason (%j)', (reason) => {
    expect(() => validateEventData(itReactionFailed, { ...failure, reason })).toThrow(EventContractError);
  });

  it('refuses a consumer name that does not say whose reaction it is', () => {
    expect(() => validateEventData(itReactionFailed, { ...failure, consumer: 'provision-new-hires' })).toThrow(EventContractError);
  });
});
