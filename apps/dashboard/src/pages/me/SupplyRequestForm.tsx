import { useMutation, useQuery } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import { ErrorNotice, Loading, Success } from '../../ui/Status';
import { Field, FormAlert, problemOf, unplacedProblems, type LocalProblems } from './formParts';
import { MyBackOfficeRequestSuppliesMutation, MyBackOfficeSupplyItemsQuery, MyBackOfficeTicketsQuery } from './meDocuments';

const FIELDS = ['item', 'quantity', 'note'] as const;

type Draft = { item: string; quantity: string; note: string };
const EMPTY: Draft = { item: '', quantity: '1', note: '' };

// Asks IT for something from the supply catalogue (a stapler, a monitor...): one SUPPLY ticket.
export function SupplyRequestForm({ onSent }: { onSent: () => void }) {
  const catalogue = useQuery(MyBackOfficeSupplyItemsQuery);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [local, setLocal] = useState<LocalProblems>({});
  const [sent, setSent] = useState<string | null>(null);
  const [requestSupplies, { error, loading, reset }] = useMutation(MyBackOfficeRequestSuppliesMutation, {
    refetchQueries: [MyBackOfficeTicketsQuery],
    awaitRefetchQueries: true,
  });

  const change = (patch: Partial<Draft>) => setDraft((previous) => ({ ...previous, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSent(null);
    reset();
    const quantity = Number(draft.quantity);
    const missing: LocalProblems = {
      ...(draft.item ? {} : { item: 'Choose what you need.' }),
      ...(draft.quantity.trim() !== '' && Number.isInteger(quantity) ? {} : { quantity: 'Give a whole number.' }),
    };
    setLocal(missing);
    if (Object.keys(missing).length) return;
    try {
      const result = await requestSupplies({ variables: { input: { items: [{ item: draft.item, quantity }], ...(draft.note.trim() ? { note: draft.note.trim() } : {}) } } });
      const ticket = result.data?.requestSupplies;
      if (ticket) {
        const asked = ticket.items.map((line) => `${line.quantity} × ${line.supplyItem?.name ?? 'item'}`).join(', ');
        setSent(`Your request for ${asked} was sent to IT.`);
      }
      setDraft(EMPTY);
      onSent();
    } catch {
      // The problems show next to their inputs (from `error`).
    }
  }

  const problem = (field: (typeof FIELDS)[number]) => problemOf(field, local, error);

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="request-supplies-heading" className="me-form">
      <h3 id="request-supplies-heading">Ask for supplies</h3>
      {catalogue.error && !catalogue.data && <ErrorNotice error={catalogue.error} retry={() => catalogue.refetch()} />}
      {!catalogue.data && !catalogue.error && <Loading what="the supply catalogue" />}
      <Field id="supply-item" label="Item" problem={problem('item')}>
        {(props) => (
          <select {...props} value={draft.item} onChange={(event) => change({ item: event.target.value })}>
            <option value="">Choose…</option>
            {catalogue.data?.supplyItems.map((item) => (
              <option key={item.code} value={item.code}>
                {item.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="supply-quantity" label="Quantity" problem={problem('quantity')}>
        {(props) => <input {...props} type="number" inputMode="numeric" min={1} step={1} value={draft.quantity} onChange={(event) => change({ quantity: event.target.value })} />}
      </Field>
      <Field id="supply-note" label="Note" problem={problem('note')} hint="Optional: what it is for, where to bring it.">
        {(props) => <textarea {...props} rows={2} value={draft.note} onChange={(event) => change({ note: event.target.value })} />}
      </Field>
      <FormAlert messages={unplacedProblems(error, FIELDS)} />
      <button type="submit" disabled={loading} aria-busy={loading || undefined}>
        Request supplies
      </button>
      {sent && <Success>{sent}</Success>}
    </form>
  );
}
