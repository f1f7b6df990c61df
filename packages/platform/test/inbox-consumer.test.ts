import { isTransientFailure, PermanentEventError, TransientEventError } from '../src/inbox-consumer';

// Which failures the inbox consumer retries without end (transient) and which it dead-letters
// after a few attempts (the rest).

test('a TransientEventError is retried like a database away; a PermanentEventError and a plain error are not', () => {
  expect(isTransientFailure(new TransientEventError('the workforce projection has not recorded the holiday yet'))).toBe(true);
  expect(isTransientFailure(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
  expect(isTransientFailure(new PermanentEventError('departments coded REJECT are not allowed'))).toBe(false);
  expect(isTransientFailure(new Error('something else'))).toBe(false);
});
