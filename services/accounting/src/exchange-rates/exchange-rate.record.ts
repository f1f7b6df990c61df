// Units of the functional currency for one unit of `currency`, from `validFrom` until the next
// rate set for that currency.
export type ExchangeRateRecord = { currency: string; validFrom: string; rate: string; setBy: string; setAt: string };
