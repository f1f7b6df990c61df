import type { z } from 'zod';
import { type EventEnvelope, eventEnvelopeSchema } from '../src/envelope';
import { employeeId, hiredEnvelope } from './fixtures';

// Fails to compile if the generic envelope schema and the interface drift apart.
type AssertAssignable<T extends U, U> = T;
export type GenericEnvelopeMatchesInterface = AssertAssignable<z.output<typeof eventEnvelopeSchema>, EventEnvelope<unknown>>;

describe('the generic envelope', () => {
  it('accepts any well-formed CloudEvent before its data is checked', () => {
    expect(eventEnvelopeSchema.safeParse(hiredEnvelope({ employeeId, anything: true })).success).toBe(true);
  });

  it('requires CloudEvents 1.0', () => {
    expect(eventEnvelopeSchema.safeParse({ ...hiredEnvelope(), specversion: '0.3' }).success).toBe(false);
  });

  it('rejects a time that is not ISO 8601', () => {
    expect(eventEnvelopeSchema.safeParse({ ...hiredEnvelope(), time: 'yesterday' }).success).toBe(false);
  });

  it('accepts a time with an explicit offset', () => {
    expect(eventEnvelopeSchema.safeParse({ ...hiredEnvelope(), time: '2025-02-20T10:30:00+01:00' }).success).toBe(true);
  });

  it('accepts an envelope without traceparent', () => {
    const { traceparent: _traceparent, ...rest } = hiredEnvelope();
    expect(eventEnvelopeSchema.safeParse(rest).success).toBe(true);
  });
});
