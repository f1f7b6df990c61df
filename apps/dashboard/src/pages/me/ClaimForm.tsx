import { useMutation, useQuery, type ApolloError } from '@apollo/client';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ExpenseCategory, ExpenseClaimInput, MyBackOfficeClaimFieldsFragment as Claim } from '../../graphql/graphql';
import { formatMoney, humanize, today } from '../../ui/format';
import { Field, FormAlert, problemOf, unplacedProblems, type LocalProblems } from './formParts';
import { MyBackOfficeClaimsQuery, MyBackOfficeDraftClaimMutation, MyBackOfficeExpensePolicyQuery, MyBackOfficeUpdateClaimMutation } from './meDocuments';

// The inputs of the form, by the name the server's problems use (title, lines.0.amount...).
export const CLAIM_FIELDS = ['title', 'date', 'category', 'amount', 'currency', 'merchant', 'receiptReference'] as const;
type ClaimField = (typeof CLAIM_FIELDS)[number];
export const CLAIM_FIELD_LABELS: Record<ClaimField, string> = {
  title: 'Description',
  date: 'Date',
  category: 'Category',
  amount: 'Amount',
  currency: 'Currency',
  merchant: 'Merchant',
  receiptReference: 'Receipt reference',
};

const CATEGORIES: ExpenseCategory[] = ['TRAVEL', 'MEALS', 'LODGING', 'OFFICE_SUPPLIES', 'EQUIPMENT', 'SOFTWARE', 'TRAINING', 'OTHER'];

type Draft = Record<ClaimField, string>;

function draftOf(claim: Claim | null): Draft {
  const line = claim?.lines[0];
  if (!claim || !line) return { title: '', date: today(), category: 'TRAVEL', amount: '', currency: '', merchant: '', receiptReference: '' };
  return { title: claim.title, date: line.date, category: line.category, amount: line.amount.amount, currency: line.amount.currency, merchant: line.merchant, receiptReference: line.receiptReference ?? '' };
}

function inputOf(draft: Draft): ExpenseClaimInput {
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  return {
    title: draft.title.trim(),
    lines: [
      {
        date: draft.date,
        category: draft.category as ExpenseCategory,
        amount: draft.amount.trim().replace(',', '.'),
        currency: optional(draft.currency.toUpperCase()),
        merchant: draft.merchant.trim(),
        receiptReference: optional(draft.receiptReference),
      },
    ],
  };
}

// A claim of one expense, saved as a draft for the viewer (the claimant is always the caller).
// With `editing`, the same form replaces a draft's content; `submitError` carries the policy
// problems its last submission ran into, so they show next to the inputs that fix them.
export function ClaimForm({ editing, submitError, onSaved, onStopEditing }: { editing: Claim | null; submitError: ApolloError | undefined; onSaved: (claim: Claim, edited: boolean) => void; onStopEditing: () => void }) {
  const policy = useQuery(MyBackOfficeExpensePolicyQuery);
  const [draft, setDraft] = useState<Draft>(() => draftOf(editing));
  const [local, setLocal] = useState<LocalProblems>({});
  const refetch = { refetchQueries: [MyBackOfficeClaimsQuery], awaitRefetchQueries: true };
  const [create, created] = useMutation(MyBackOfficeDraftClaimMutation, refetch);
  const [update, updated] = useMutation(MyBackOfficeUpdateClaimMutation, refetch);
  const saving = created.loading || updated.loading;
  const saveError = editing ? updated.error : created.error;
  const firstInput = useRef<HTMLInputElement>(null);

  // Opening a draft to edit takes the viewer to its first input.
  useEffect(() => {
    if (editing) firstInput.current?.focus();
  }, [editing]);

  const change = (patch: Partial<Draft>) => setDraft((previous) => ({ ...previous, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    created.reset();
    updated.reset();
    const missing: LocalProblems = {
      ...(draft.title.trim() ? {} : { title: 'Say what the claim is for.' }),
      ...(draft.date ? {} : { date: 'Give the date you spent the money.' }),
      ...(draft.amount.trim() ? {} : { amount: 'Give the amount, e.g. 42.50.' }),
      ...(draft.merchant.trim() ? {} : { merchant: 'Give the shop, company or person you paid.' }),
    };
    setLocal(missing);
    if (Object.keys(missing).length) return;
    try {
      const input = inputOf(draft);
      if (editing) {
        const result = await update({ variables: { id: editing.id, expectedVersion: editing.version, input } });
        if (result.data) onSaved(result.data.updateExpenseClaim, true);
      } else {
        const result = await create({ variables: { input } });
        if (result.data) onSaved(result.data.draftExpenseClaim, false);
        setDraft(draftOf(null));
      }
    } catch {
      // The problems show next to their inputs (from the mutation's error).
    }
  }

  // A save's problems replace those of the submission that sent the viewer here.
  const shownError = saveError ?? (editing ? submitError : undefined);
  const problem = (field: ClaimField) => problemOf(field, local, shownError);
  const receiptLimit = policy.data?.expensePolicy.receiptRequiredAbove;
  const functionalCurrency = receiptLimit?.currency;

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="claim-form-heading" className="me-form">
      <h3 id="claim-form-heading">{editing ? `Edit draft “${editing.title}”` : 'Draft a claim'}</h3>
      <div className="grid">
        <Field id="claim-title" label={CLAIM_FIELD_LABELS.title} problem={problem('title')} hint="What the claim is for; it names the claim in your list.">
          {(props) => <input {...props} ref={firstInput} type="text" value={draft.title} onChange={(event) => change({ title: event.target.value })} />}
        </Field>
        <Field id="claim-merchant" label={CLAIM_FIELD_LABELS.merchant} problem={problem('merchant')}>
          {(props) => <input {...props} type="text" value={draft.merchant} onChange={(event) => change({ merchant: event.target.value })} />}
        </Field>
      </div>
      <div className="grid">
        <Field id="claim-date" label={CLAIM_FIELD_LABELS.date} problem={problem('date')}>
          {(props) => <input {...props} type="date" value={draft.date} onChange={(event) => change({ date: event.target.value })} />}
        </Field>
        <Field id="claim-category" label={CLAIM_FIELD_LABELS.category} problem={problem('category')}>
          {(props) => (
            <select {...props} value={draft.category} onChange={(event) => change({ category: event.target.value })}>
              {CATEGORIES.map((category) => (
                <option key={category} value={category}>
                  {humanize(category)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="claim-amount" label={CLAIM_FIELD_LABELS.amount} problem={problem('amount')}>
          {(props) => <input {...props} type="text" inputMode="decimal" value={draft.amount} onChange={(event) => change({ amount: event.target.value })} />}
        </Field>
        <Field id="claim-currency" label={CLAIM_FIELD_LABELS.currency} problem={problem('currency')} hint={functionalCurrency ? `Empty for ${functionalCurrency}.` : 'Empty for the company currency.'}>
          {(props) => <input {...props} type="text" maxLength={3} placeholder={functionalCurrency} autoCapitalize="characters" value={draft.currency} onChange={(event) => change({ currency: event.target.value.toUpperCase() })} />}
        </Field>
      </div>
      <Field id="claim-receipt" label={CLAIM_FIELD_LABELS.receiptReference} problem={problem('receiptReference')} hint={receiptLimit ? `Needed above ${formatMoney(receiptLimit)}: the file name or scan id of the receipt.` : 'The file name or scan id of the receipt.'}>
        {(props) => <input {...props} type="text" value={draft.receiptReference} onChange={(event) => change({ receiptReference: event.target.value })} />}
      </Field>
      <FormAlert messages={unplacedProblems(shownError, CLAIM_FIELDS)} />
      <div className="row-actions">
        <button type="submit" disabled={saving} aria-busy={saving || undefined}>
          Save draft
        </button>
        {editing && (
          <button type="button" className="secondary outline" onClick={onStopEditing}>
            Stop editing
          </button>
        )}
      </div>
    </form>
  );
}
