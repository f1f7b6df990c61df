import { UsageError, parseEventsCommand } from '../src/events-cli';
import { isDeadLetterTopic } from '../src/redrive';

describe('npm run events', () => {
  it('reads a redrive of every consumer\'s dead letters', () => {
    expect(parseEventsCommand(['redrive', 'hr.employee.v1.dlq'])).toEqual({ command: 'redrive', deadLetterTopic: 'hr.employee.v1.dlq', consumer: undefined });
  });

  it.each([
    [['redrive', 'hr.employee.v1.dlq', '--consumer', 'it.provision-new-hires']],
    [['redrive', '--consumer=it.provision-new-hires', 'hr.employee.v1.dlq']],
  ])('reads a redrive of one consumer\'s dead letters (%j)', (argv) => {
    expect(parseEventsCommand(argv)).toEqual({ command: 'redrive', deadLetterTopic: 'hr.employee.v1.dlq', consumer: 'it.provision-new-hires' });
  });

  it.each([[[]], [['replay']], [['redrive']], [['redrive', 'a.dlq', 'b.dlq']], [['redrive', 'hr.employee.v1.dlq', '--group', 'x']], [['redrive', 'hr.employee.v1.dlq', '--consumer']]])(
    'refuses %j with the usage',
    (argv) => {
      expect(() => parseEventsCommand(argv)).toThrow(UsageError);
    },
  );

  it('redrives only the dead-letter topics packages/events defines', () => {
    expect(isDeadLetterTopic('hr.employee.v1.dlq')).toBe(true);
    expect(isDeadLetterTopic('hr.employee.v1')).toBe(false);
    expect(isDeadLetterTopic('hr.payroll.v1.dlq')).toBe(false);
  });
});
