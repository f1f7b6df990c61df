import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { SYSTEM_ACTOR } from '@backoffice/events/envelope';
import { fixedAssetCapitalised, fixedAssetCharged, fixedAssetDepreciated, fixedAssetDisposed, fixedAssetExpensed } from '@backoffice/events/accounting-events';
import { recordAudit } from '@backoffice/platform/audit';
import { Refused } from '@backoffice/platform/domain-errors';
import { recordEvent, type EventMetadata } from '@backoffice/platform/outbox';
import { jobOn } from '@backoffice/workforce/workforce.queries';
import { controlSettings } from '../control-settings/control-settings.queries';
import { rateOn } from '../exchange-rates/exchange-rate.queries';
import type { LedgerModules } from '../ledger-modules';
import { accountIdByCode } from '../ledger-accounts/ledger-account.queries';
import { convert, fromCents, toCents, toRateUnits } from '../money';
import type { UnreturnedTreatment } from './fixed-asset.record';
import * as assets from './fixed-asset.repository';
import { addMonths, depreciationSchedule, isCapitalised, monthEnd, monthsThrough, periodOf } from './fixed-asset.rules';

// Equipment in the books: each effect (registration, a month's depreciation, a disposal, a
// leaver's charge) posts its entry, audit row and event in the caller's transaction, once. An
// entry whose date lies in a closed period is posted late (journal.rules.ts latePosting): IT's
// events and the monthly run arrive after a close; the asset keeps its business dates.

export const EQUIPMENT = '1500';
export const ACCUMULATED_DEPRECIATION = '1590';
export const EMPLOYEE_RECEIVABLES = '1200';
export const ACCOUNTS_PAYABLE = '2000';
export const DEPRECIATION = '6500';
export const LOSS_ON_DISPOSAL = '6510';
export const EQUIPMENT_WRITTEN_OFF = '6520';
export const EQUIPMENT_EXPENSED = '6700';

// The ledger, and the department that bears an asset's depreciation while nobody holds it (IT's,
// from IT_DEPARTMENT_ID; the workforce projection knows departments by id only).
export type FixedAssetModules = LedgerModules & { stockDepartmentId: string | null };

type AssetFacts = { assetId: string; tag: string; category: string };
type Registered = AssetFacts & { purchaseDate: string; purchaseCost: string; currency: string; usefulLifeMonths: number };

const account = async (tx: EntityManager, code: string) => (await accountIdByCode(tx, code))!;

// At or above the capitalisation threshold (in the functional currency, the cost converted at the
// rate in force on the purchase date): Dr equipment / Cr payables, depreciated monthly from then
// on. Below: Dr expensed equipment / Cr payables, and nothing more. A second delivery finds the asset.
export async function registerAsset(tx: EntityManager, modules: FixedAssetModules, asset: Registered, metadata: EventMetadata): Promise<void> {
  const { settings, journal, clock } = modules;
  if ((await assets.assetsByIds(tx, [asset.assetId])).length) return;
  const foreign = asset.currency !== settings.functionalCurrency;
  const rate = foreign ? await rateOn(tx, asset.currency, asset.purchaseDate) : undefined;
  if (foreign && !rate) {
    throw new Refused(`Asset ${asset.tag} was bought in ${asset.currency}: no ${asset.currency} rate on or before ${asset.purchaseDate}; set one with setExchangeRate, then redrive the event.`, [
      { field: 'currency', message: `no ${asset.currency} rate on ${asset.purchaseDate}` },
    ]);
  }
  const cost = rate ? fromCents(convert(toCents(asset.purchaseCost)!, toRateUnits(rate)!)) : fromCents(toCents(asset.purchaseCost)!);
  const { capitalisationThreshold } = await controlSettings(tx, settings);
  const capitalised = isCapitalised(cost, capitalisationThreshold);
  const inCurrency = foreign ? { currency: asset.currency, rate } : {};
  const entry = await journal.post(
    tx,
    {
      idempotencyKey: `fixed-asset:${asset.assetId}:registered`,
      date: asset.purchaseDate,
      whenPeriodClosed: 'POST_LATE',
      memo: `${capitalised ? 'Equipment capitalised' : 'Equipment expensed'}: ${asset.tag} (${asset.category})`,
      source: 'ASSET',
      sourceId: asset.assetId,
      lines: [
        { accountId: await account(tx, capitalised ? EQUIPMENT : EQUIPMENT_EXPENSED), debit: asset.purchaseCost, departmentId: capitalised ? null : modules.stockDepartmentId, memo: asset.tag, ...inCurrency },
        { accountId: await account(tx, ACCOUNTS_PAYABLE), credit: asset.purchaseCost, memo: asset.tag, ...inCurrency },
      ],
    },
    metadata,
  );
  const treatment = capitalised ? 'CAPITALISED' : 'EXPENSED';
  await assets.insertAsset(tx, {
    assetId: asset.assetId,
    tag: asset.tag,
    category: asset.category,
    acquiredOn: asset.purchaseDate,
    cost,
    originalCost: asset.purchaseCost,
    originalCurrency: asset.currency,
    usefulLifeMonths: asset.usefulLifeMonths,
    treatment,
    entryId: entry.id,
    registeredAt: clock.now(),
  });
  await assets.recordCustody(tx, asset.assetId, asset.purchaseDate, null);
  const facts = { assetId: asset.assetId, tag: asset.tag, category: asset.category, acquiredOn: asset.purchaseDate, cost, currency: settings.functionalCurrency, journalEntryId: entry.id };
  if (capitalised) await recordEvent(tx, fixedAssetCapitalised, { ...facts, usefulLifeMonths: asset.usefulLifeMonths }, metadata);
  else await recordEvent(tx, fixedAssetExpensed, facts, metadata);
  await recordAudit(tx, {
    actor: metadata.actor,
    action: capitalised ? 'fixed-asset.capitalised' : 'fixed-asset.expensed',
    entityType: 'fixed_asset',
    entityId: asset.assetId,
    changes: { cost, threshold: capitalisationThreshold, journalEntryId: entry.id },
    correlationId: metadata.correlationId,
  });
}

// Who holds the asset from a date on (null: back in stock, in repair, lost). A disposed asset
// stays as it left the books: a lost one found again after its disposal is not put back.
export async function recordHolder(tx: EntityManager, assetId: string, effectiveOn: string, employeeId: string | null): Promise<void> {
  const asset = await assets.lockAsset(tx, assetId);
  if (!asset || asset.disposedOn) return;
  await assets.recordCustody(tx, assetId, effectiveOn, employeeId);
}

// Posts every month of the asset's schedule up to `through` ('YYYY-MM') not posted yet, in order:
// Dr depreciation on the holder's department at the month's end (the stock department while
// nobody holds it) / Cr accumulated depreciation. The asset's row must be locked by the caller.
export async function depreciateThrough(tx: EntityManager, modules: FixedAssetModules, assetId: string, through: string, metadata: EventMetadata): Promise<number> {
  const asset = await assets.lockAsset(tx, assetId);
  if (!asset || asset.treatment !== 'CAPITALISED' || asset.disposedOn) return 0;
  const posted = new Set((await assets.postedPeriods(tx, [assetId])).map((row) => row.period));
  const due = monthsThrough(depreciationSchedule(asset), through).filter((month) => !posted.has(month.period));
  for (const month of due) {
    const date = monthEnd(month.period);
    const holder = await assets.holderOn(tx, assetId, date);
    const departmentId = (holder ? (await jobOn(tx, holder, date))?.departmentId : undefined) ?? modules.stockDepartmentId;
    const entry = await modules.journal.post(
      tx,
      {
        idempotencyKey: `fixed-asset:${assetId}:depreciation:${month.period}`,
        date,
        whenPeriodClosed: 'POST_LATE',
        memo: `Depreciation ${month.period}: ${asset.tag}`,
        source: 'ASSET',
        sourceId: assetId,
        lines: [
          { accountId: await account(tx, DEPRECIATION), debit: month.amount, departmentId, memo: asset.tag },
          { accountId: await account(tx, ACCUMULATED_DEPRECIATION), credit: month.amount, memo: asset.tag },
        ],
      },
      metadata,
    );
    await assets.insertDepreciation(tx, { assetId, period: month.period, amount: month.amount, accumulated: month.accumulated, departmentId, entryId: entry.id });
    await recordEvent(
      tx,
      fixedAssetDepreciated,
      {
        assetId,
        tag: asset.tag,
        category: asset.category,
        period: month.period,
        amount: month.amount,
        accumulatedDepreciation: month.accumulated,
        bookValue: month.bookValue,
        currency: modules.settings.functionalCurrency,
        departmentId,
        journalEntryId: entry.id,
      },
      metadata,
    );
    await recordAudit(tx, { actor: metadata.actor, action: 'fixed-asset.depreciated', entityType: 'fixed_asset', entityId: assetId, changes: { period: month.period, amount: month.amount, departmentId, journalEntryId: entry.id }, correlationId: metadata.correlationId });
  }
  return due.length;
}

type Disposal = { on: string; reason: 'RETIRED' | 'LOST' | 'UNRECOVERED'; charge?: { employeeId: string; treatment: UnreturnedTreatment } };

// Takes a capitalised asset out of the books on `on`: its depreciation up to the month before,
// then Dr accumulated depreciation (all of it), Dr the book value (loss on disposal; for a
// leaver's equipment, a receivable from them or a write-off) / Cr equipment at cost, so both its
// accounts end at zero. Once: an asset already disposed (lost, then retired) or expensed posts
// nothing and publishes nothing. Returns the entry, if one was posted.
export async function disposeAsset(tx: EntityManager, modules: FixedAssetModules, assetId: string, disposal: Disposal, metadata: EventMetadata): Promise<string | null> {
  const before = await assets.lockAsset(tx, assetId);
  if (!before || before.treatment !== 'CAPITALISED' || before.disposedOn) return null;
  const [year, month] = disposal.on.split('-').map(Number) as [number, number];
  const previousMonth = month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
  await depreciateThrough(tx, modules, assetId, previousMonth, metadata);
  const asset = (await assets.lockAsset(tx, assetId))!;
  const cost = toCents(asset.cost)!;
  const accumulated = toCents(asset.accumulatedDepreciation)!;
  const bookValue = cost - accumulated;
  const bookValueAccount = !disposal.charge ? LOSS_ON_DISPOSAL : disposal.charge.treatment === 'RECEIVABLE' ? EMPLOYEE_RECEIVABLES : EQUIPMENT_WRITTEN_OFF;
  // The person owing a receivable is named on its line (the ledger's counterparty), never in events.
  const bookValueMemo = disposal.charge?.treatment === 'RECEIVABLE' ? `${asset.tag} not returned by employee ${disposal.charge.employeeId}` : asset.tag;
  const lines = [
    ...(accumulated > 0n ? [{ accountId: await account(tx, ACCUMULATED_DEPRECIATION), debit: fromCents(accumulated), memo: asset.tag }] : []),
    ...(bookValue > 0n ? [{ accountId: await account(tx, bookValueAccount), debit: fromCents(bookValue), departmentId: bookValueAccount === EMPLOYEE_RECEIVABLES ? null : modules.stockDepartmentId, memo: bookValueMemo }] : []),
    { accountId: await account(tx, EQUIPMENT), credit: fromCents(cost), memo: asset.tag },
  ];
  const entry = cost > 0n
    ? await modules.journal.post(
        tx,
        { idempotencyKey: `fixed-asset:${assetId}:disposed`, date: disposal.on, whenPeriodClosed: 'POST_LATE', memo: `Equipment disposed (${disposal.reason.toLowerCase()}): ${asset.tag}`, source: 'ASSET', sourceId: assetId, lines },
        metadata,
      )
    : null;
  await assets.markDisposed(tx, assetId, { disposedOn: disposal.on, reason: disposal.reason, entryId: entry?.id ?? null });
  await recordEvent(
    tx,
    fixedAssetDisposed,
    { assetId, tag: asset.tag, category: asset.category, disposedOn: disposal.on, reason: disposal.reason, bookValue: fromCents(bookValue), currency: modules.settings.functionalCurrency, journalEntryId: entry?.id ?? null },
    metadata,
  );
  await recordAudit(tx, { actor: metadata.actor, action: 'fixed-asset.disposed', entityType: 'fixed_asset', entityId: assetId, changes: { reason: disposal.reason, bookValue: fromCents(bookValue), journalEntryId: entry?.id ?? null }, correlationId: metadata.correlationId });
  return entry?.id ?? null;
}

// A leaver's equipment IT gave up recovering, booked by the offboarding policy at book value;
// then `charged`, once per asset. An asset not in the books (expensed, already disposed, or never
// registered here) is still charged, with no entry, so the leaver's offboarding step completes.
export async function chargeUnrecovered(tx: EntityManager, modules: FixedAssetModules, unrecovered: AssetFacts & { employeeId: string; unrecoveredOn: string }, metadata: EventMetadata): Promise<void> {
  if (await assets.chargeOf(tx, unrecovered.assetId)) return;
  const treatment = await assets.offboardingTreatment(tx);
  const entryId = await disposeAsset(tx, modules, unrecovered.assetId, { on: unrecovered.unrecoveredOn, reason: 'UNRECOVERED', charge: { employeeId: unrecovered.employeeId, treatment } }, metadata);
  await assets.insertCharge(tx, { assetId: unrecovered.assetId, employeeId: unrecovered.employeeId, treatment, chargedOn: unrecovered.unrecoveredOn, entryId });
  await recordEvent(
    tx,
    fixedAssetCharged,
    { assetId: unrecovered.assetId, tag: unrecovered.tag, category: unrecovered.category, employeeId: unrecovered.employeeId, treatment, chargedOn: unrecovered.unrecoveredOn, journalEntryId: entryId },
    metadata,
  );
  await recordAudit(tx, { actor: metadata.actor, action: 'fixed-asset.charged', entityType: 'fixed_asset', entityId: unrecovered.assetId, changes: { employeeId: unrecovered.employeeId, treatment, journalEntryId: entryId }, correlationId: metadata.correlationId });
}

// Every month that has ended by the business clock and is not depreciated yet, for every asset in
// the books: several months at once after downtime. Each asset in its own transaction, its row
// locked; a month is posted once (its idempotency key and the (asset, period) key), so a second
// replica, or a rerun after a crash, posts nothing twice.
export async function depreciateEndedMonths(modules: FixedAssetModules): Promise<number> {
  const through = addMonths(periodOf(modules.clock.today()), -1);
  let posted = 0;
  for (const assetId of await assets.activeCapitalisedAssetIds(modules.dataSource)) {
    // One chain per asset and run: a job, not a reaction, so no causation.
    const metadata = { actor: SYSTEM_ACTOR, correlationId: randomUUID() };
    posted += await modules.dataSource.transaction((tx) => depreciateThrough(tx, modules, assetId, through, metadata));
  }
  return posted;
}

// HR's offboarding policy as last heard (the inbox applies its events in order).
export async function recordOffboardingPolicy(tx: EntityManager, modules: FixedAssetModules, policy: { treatment: UnreturnedTreatment; unreturnedAfterDays: number }): Promise<void> {
  await assets.setOffboardingPolicy(tx, { ...policy, changedAt: modules.clock.now() });
}
