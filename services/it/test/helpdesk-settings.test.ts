import { ConfigError } from '@backoffice/platform/config';
import { loadItConfig } from '../src/config';
import { helpdeskSettingsFrom, parseSlaTargets } from '../src/helpdesk-settings';

const base = { NODE_ENV: 'test' };

describe('helpdesk settings', () => {
  it('defaults to Mon-Fri 09:00-17:00, targets per priority and a week to reopen', () => {
    const settings = helpdeskSettingsFrom(loadItConfig(base).extra);
    expect(settings.hours).toEqual({ days: new Set([1, 2, 3, 4, 5]), startMinute: 540, endMinute: 1020 });
    expect(settings.targets).toEqual({
      CRITICAL: { firstResponse: 60, resolution: 240 },
      HIGH: { firstResponse: 120, resolution: 480 },
      MEDIUM: { firstResponse: 240, resolution: 960 },
      LOW: { firstResponse: 480, resolution: 2400 },
    });
    expect(settings.reopenDays).toBe(7);
    expect(settings.autoCloseDays).toBe(7);
  });

  it('reads them from the environment', () => {
    const settings = helpdeskSettingsFrom(
      loadItConfig({ ...base, HELPDESK_WORKING_HOURS: 'Sun-Thu 08:00-16:30', HELPDESK_SLA_TARGETS: 'CRITICAL=30m/2h,HIGH=1h/4h,MEDIUM=2h/8h,LOW=4h/24h', HELPDESK_REOPEN_DAYS: '3', HELPDESK_AUTO_CLOSE_DAYS: '10' }).extra,
    );
    expect(settings.hours).toEqual({ days: new Set([0, 1, 2, 3, 4]), startMinute: 480, endMinute: 990 });
    expect(settings.targets.CRITICAL).toEqual({ firstResponse: 30, resolution: 120 });
    expect(settings.reopenDays).toBe(3);
    expect(settings.autoCloseDays).toBe(10);
  });

  it('lists every bad helpdesk setting at once, saying what is expected', () => {
    let error: unknown;
    try {
      loadItConfig({ ...base, HELPDESK_WORKING_HOURS: '9 to 5', HELPDESK_SLA_TARGETS: 'HIGH=2h/8h', HELPDESK_REOPEN_DAYS: 'a week' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/HELPDESK_WORKING_HOURS.*Mon-Fri 09:00-17:00/);
    expect(problems).toMatch(/HELPDESK_SLA_TARGETS.*no target for LOW, MEDIUM, CRITICAL/);
    expect(problems).toMatch(/HELPDESK_REOPEN_DAYS/);
  });

  it('refuses targets that make no sense', () => {
    expect(parseSlaTargets('CRITICAL=4h/1h,HIGH=1h/4h,MEDIUM=1h/4h,LOW=1h/4h')).toMatch(/CRITICAL: the resolution target must not be shorter/);
    expect(parseSlaTargets('CRITICAL=0h/1h,HIGH=1h/4h,MEDIUM=1h/4h,LOW=1h/4h')).toMatch(/greater than zero/);
    expect(parseSlaTargets('URGENT=1h/4h')).toMatch(/"URGENT=1h\/4h" is not PRIORITY=/);
  });
});
