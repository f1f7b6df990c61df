// What the ledger should hold, worked out without the service's code: amounts as exact bigint
// cents, foreign lines converted here, every entry kept as it was answered when it was posted,
// and the state of the books before the run (a run starts on a database that earlier runs wrote
// to, so everything is checked as "before the run, plus what the run posted").

export const RATE_SCALE = 100_000_000n;

export function cents(amount: string): bigint {
  const match = /^(-?)(\d+)\.(\d{2})$/.exec(amount);
  if (!match) throw new Error(`not an amount with two decimals: ${JSON.stringify(amount)}`);
  const value = BigInt(match[2]!) * 100n + BigInt(match[3]!);
  return match[1] ? -value : value;
}

export function money(value: bigint): string {
  const absolute = value < 0n ? -value : value;
  return `${value < 0n ? '-' : ''}${absolute / 100n}.${String(absolute % 100n).padStart(2, '0')}`;
}

// "0.9125" and "0.91250000" -> 91250000n.
export function rateUnits(rate: string): bigint {
  const [whole = '0', fraction = ''] = rate.split('.');
  return BigInt(whole) * RATE_SCALE + BigInt(fraction.padEnd(8, '0'));
}

// As the API gives it back: without trailing zeros ("0.1", "2").
export function rateText(units: bigint): string {
  return `${units / RATE_SCALE}.${String(units % RATE_SCALE).padStart(8, '0')}`.replace(/(\.\d*?[1-9])0+$|\.0+$/, '$1');
}

// With the six decimals the Decimal scalar takes, as a client sends it.
export function rateSent(units: bigint): string {
  return `${units / RATE_SCALE}.${String(units % RATE_SCALE).padStart(8, '0').slice(0, 6)}`;
}

// A positive foreign amount in the functional currency: rounded half up to the cent.
export function converted(amount: bigint, units: bigint): bigint {
  return (amount * units + RATE_SCALE / 2n) / RATE_SCALE;
}

// A date within a run's two fiscal years: month 0..23 counted from January of the first year.
export type DateDraft = { month: number; day: number | 'last' };

export function dateIn(firstYear: number, { month, day }: DateDraft): string {
  const year = firstYear + Math.floor(month / 12);
  const monthOfYear = (month % 12) + 1;
  const length = new Date(Date.UTC(year, monthOfYear, 0)).getUTCDate();
  const dayOfMonth = day === 'last' ? length : Math.min(day, length);
  return `${year}-${String(monthOfYear).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

export const ENTRY_FIELDS =
  'id fiscalYear number date memo source sourceId postedBy postedAt hash reverses { id } reversedBy { id } ' +
  'lines { lineNo account { id code } debit credit original { amount currency } rate departmentId memo }';

export type LineView = {
  lineNo: number;
  account: { id: string; code: string };
  debit: string;
  credit: string;
  original: { amount: string; currency: string };
  rate: string | null;
  departmentId: string | null;
  memo: string | null;
};
export type EntryView = {
  id: string;
  fiscalYear: number;
  number: number;
  date: string;
  memo: string;
  source: string;
  sourceId: string | null;
  postedBy: string;
  postedAt: string;
  hash: string;
  reverses: { id: string } | null;
  reversedBy: { id: string } | null;
  lines: LineView[];
};
// What must never change once posted: everything but the link to a later reversal.
export type PostedView = Omit<EntryView, 'reversedBy'>;

export function postedView({ reversedBy: _later, ...view }: EntryView): PostedView {
  return view;
}

export type PostInput = {
  idempotencyKey: string;
  date: string;
  memo: string;
  source?: string;
  sourceId?: string;
  lines: Array<Record<string, unknown>>;
};

export type PostedEntry = {
  view: PostedView;
  // The request that posted it (a reversal has none): retried as is, or its key reused.
  request: PostInput | null;
  reversedBy: string | null;
};

// The books before the run, from the service and the database.
export type Baseline = {
  // Net debit (credit negative) per account on each date the run checks the trial balance on.
  netOn: Map<string, Map<string, bigint>>;
  entriesPerYear: Map<number, number>;
  entries: number;
  lines: number;
  // verifyLedger's answer (a failed run may have left the ledger broken for the runs after it).
  verification: Verification;
};

export type Verification = { ok: boolean; entriesChecked: number; firstMismatch: { entryId: string | null; fiscalYear: number; number: number | null; problem: string } | null };

export class LedgerModel {
  readonly entries: PostedEntry[] = [];
  // Keys of refused requests: still free.
  readonly refusedKeys: string[] = [];
  private keysIssued = 0;

  constructor(
    readonly runId: string,
    readonly firstYear: number,
    readonly checkDates: string[],
    readonly baseline: Baseline,
    private readonly usdRates: Map<string, bigint>,
  ) {}

  date(draft: DateDraft): string {
    return dateIn(this.firstYear, draft);
  }

  newKey(): string {
    this.keysIssued += 1;
    return `${this.runId}:${this.keysIssued}`;
  }

  usdRateOn(date: string): bigint | undefined {
    let found: { from: string; units: bigint } | undefined;
    for (const [from, units] of this.usdRates) if (from <= date && (!found || from > found.from)) found = { from, units };
    return found?.units;
  }

  setUsdRate(validFrom: string, units: bigint): void {
    this.usdRates.set(validFrom, units);
  }

  // Per account, the net debit of everything dated on or before `asOf`; zeros left out, as the
  // trial balance leaves them out.
  netOn(asOf: string): Map<string, bigint> {
    const net = new Map(this.baseline.netOn.get(asOf) ?? []);
    for (const { view } of this.entries) {
      if (view.date > asOf) continue;
      for (const line of view.lines) net.set(line.account.id, (net.get(line.account.id) ?? 0n) + cents(line.debit) - cents(line.credit));
    }
    for (const [account, value] of net) if (value === 0n) net.delete(account);
    return net;
  }

  entriesIn(year: number): PostedEntry[] {
    return this.entries.filter((entry) => entry.view.fiscalYear === year);
  }

  nextNumber(year: number): number {
    return (this.baseline.entriesPerYear.get(year) ?? 0) + this.entriesIn(year).length + 1;
  }

  byId(id: string): PostedEntry | undefined {
    return this.entries.find((entry) => entry.view.id === id);
  }

  record(view: EntryView, request: PostInput | null): void {
    this.entries.push({ view: postedView(view), request, reversedBy: null });
    if (view.reverses) this.byId(view.reverses.id)!.reversedBy = view.id;
  }

  pick(index: number, eligible: (entry: PostedEntry) => boolean = () => true): PostedEntry | undefined {
    const candidates = this.entries.filter(eligible);
    return candidates.length ? candidates[index % candidates.length] : undefined;
  }
}
