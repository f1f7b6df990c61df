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

  it('reads a tail and an export', () => {
    expect(parseEventsCommand(['tail', 'hr.employee.v1', '--from-beginning', '--type', 'hr.employee.hired', '--json'])).toEqual({ command: 'tail', topic: 'hr.employee.v1', fromBeginning: true, type: 'hr.employee.hired', json: true });
    expect(parseEventsCommand(['export', 'hr.employee.v1', 'it.asset.v1', '--since', '2026-01-01', '--until', '2026-02-01T00:00:00Z', '--format', 'csv'])).toEqual({
      command: 'export',
      topics: ['hr.employee.v1', 'it.asset.v1'],
      since: new Date('2026-01-01T00:00:00Z'),
      until: new Date('2026-02-01T00:00:00Z'),
      format: 'csv',
    });
    expect(parseEventsCommand(['export', 'hr.leave.v1', '--since', '2026-01-01'])).toMatchObject({ format: 'ndjson', until: undefined });
  });

  it.each([
    [['tail']],
    [['tail', 'hr.nothing.v1']],
    [['export', 'hr.employee.v1']],
    [['export', '--since', '2026-01-01']],
    [['export', 'hr.employee.v1', '--since', 'yesterday']],
    [['export', 'hr.employee.v1', '--since', '2026-02-01', '--until', '2026-01-01']],
    [['export', 'hr.employee.v1', '--since', '2026-01-01', '--format', 'xlsx']],
  ])('refuses %j with the usage', (argv) => {
    expect(() => parseEventsCommand(argv)).toThrow(UsageError);
  });

  it('redrives only the dead-letter topics packages/events defines', () => {
    expect(isDeadLetterTopic('hr.employee.v1.dlq')).toBe(true);
    expect(isDeadLetterTopic('hr.employee.v1')).toBe(false);
    expect(isDeadLetterTopic('hr.payroll.v1.dlq')).toBe(false);
  });
});
