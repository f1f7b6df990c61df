import { grossPayForMonth, type GrossPayInput } from './gross-pay.rules';

// The rules, on March 2026 worked out by hand: 31 days; Sunday the 1st, so the weekends are the
// 1st, 7–8, 14–15, 21–22 and 28–29: 9 days, leaving 22 working days (no holidays).
const march = (over: Partial<GrossPayInput>): GrossPayInput => ({
  year: 2026,
  month: 3,
  employments: [{ startDate: '2020-01-01', lastDay: null }],
  pays: [{ effectiveDate: '2020-01-01', amount: '36000.00', currency: 'EUR', payFrequency: 'ANNUAL' }],
  unpaidLeave: [],
  holidays: new Set(),
  functionalCurrency: 'EUR',
  ...over,
});

describe('gross pay for a month', () => {
  it('a whole month at 36,000 a year is 3,000.00', () => {
    expect(grossPayForMonth(march({}))).toMatchObject({ gross: '3000.00', daysWorked: 31, unpaidDays: 0, problems: [], finalPay: false });
  });

  it('a hire on the 10th earns 22 of 31 days: 3,000 × 22 / 31 = 2,129.032… → 2,129.03', () => {
    expect(grossPayForMonth(march({ employments: [{ startDate: '2026-03-10', lastDay: null }] }))).toMatchObject({ gross: '2129.03', daysWorked: 22 });
  });

  it('a last day on the 20th at 3,100 a month earns 20 of 31 days: 2,000.00, and is the final pay', () => {
    const pay = grossPayForMonth(
      march({ employments: [{ startDate: '2020-01-01', lastDay: '2026-03-20' }], pays: [{ effectiveDate: '2020-01-01', amount: '3100.00', currency: 'EUR', payFrequency: 'MONTHLY' }] }),
    );
    expect(pay).toMatchObject({ gross: '2000.00', daysWorked: 20, finalPay: true });
  });

  it('a raise from 48,000 to 60,000 on the 15th: 4,000 × 14/31 + 5,000 × 17/31 = 141,000/31 = 4,548.387… → 4,548.39', () => {
    const pay = grossPayForMonth(
      march({
        pays: [
          { effectiveDate: '2020-01-01', amount: '48000.00', currency: 'EUR', payFrequency: 'ANNUAL' },
          { effectiveDate: '2026-03-15', amount: '60000.00', currency: 'EUR', payFrequency: 'ANNUAL' },
        ],
      }),
    );
    expect(pay.gross).toBe('4548.39');
    expect(pay.payInForce.map((inForce) => inForce.amount)).toEqual(['48000.00', '60000.00']);
  });

  it('two and a half unpaid days (Mon 16, Tue 17, Wed 18 until noon) deduct 3,000 × 2.5 / 22 = 340.909…: 2,659.09', () => {
    const pay = grossPayForMonth(march({ unpaidLeave: [{ startDate: '2026-03-16', endDate: '2026-03-18', startHalfDay: false, endHalfDay: true, days: '2.5' }] }));
    expect(pay).toMatchObject({ gross: '2659.09', unpaidDays: 2.5 });
  });

  it('an unpaid leave over a weekend deducts only its working days; a holiday in the month makes a working day fewer', () => {
    // Fri 20 to Mon 23: two working days. With a holiday on the 2nd: 21 working days, 3,000 × 2/21 = 285.714… → 2,714.29.
    const pay = grossPayForMonth(march({ unpaidLeave: [{ startDate: '2026-03-20', endDate: '2026-03-23', startHalfDay: false, endHalfDay: false, days: '2' }], holidays: new Set(['2026-03-02']) }));
    expect(pay).toMatchObject({ gross: '2714.29', unpaidDays: 2 });
  });

  it('hourly pay, pay in another currency and no pay known are problems, never a silent zero', () => {
    expect(grossPayForMonth(march({ pays: [{ effectiveDate: '2020-01-01', amount: '25.00', currency: 'EUR', payFrequency: 'HOURLY' }] })).problems).toEqual([expect.stringMatching(/by the hour/)]);
    expect(grossPayForMonth(march({ pays: [{ effectiveDate: '2020-01-01', amount: '4000.00', currency: 'USD', payFrequency: 'MONTHLY' }] })).problems).toEqual([expect.stringMatching(/USD/)]);
    expect(grossPayForMonth(march({ pays: [{ effectiveDate: '2026-03-05', amount: '36000.00', currency: 'EUR', payFrequency: 'ANNUAL' }] })).problems).toEqual([expect.stringMatching(/no pay is known for 2026-03-01/)]);
  });

  it('someone not employed in the month earns nothing and works no day', () => {
    expect(grossPayForMonth(march({ employments: [{ startDate: '2026-04-01', lastDay: null }] }))).toMatchObject({ gross: '0.00', daysWorked: 0, lastEmployedDay: null });
  });
});
