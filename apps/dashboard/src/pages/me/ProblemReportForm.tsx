import { useMutation } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import type { TicketCategory, TicketPriority } from '../../graphql/graphql';
import { humanize } from '../../ui/format';
import { Success } from '../../ui/Status';
import { Field, FormAlert, problemOf, unplacedProblems, type LocalProblems } from './formParts';
import { MyBackOfficeOpenTicketMutation, MyBackOfficeTicketsQuery } from './meDocuments';

const FIELDS = ['subject', 'description', 'category', 'priority'] as const;

const CATEGORIES: TicketCategory[] = ['HARDWARE', 'SOFTWARE', 'ACCESS', 'NETWORK', 'OFFICE_SUPPLIES', 'FACILITIES', 'OTHER'];
const PRIORITIES: TicketPriority[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

type Draft = { subject: string; description: string; category: TicketCategory; priority: TicketPriority };
const EMPTY: Draft = { subject: '', description: '', category: 'OTHER', priority: 'MEDIUM' };

// Tells IT something is wrong or missing: a REQUEST ticket the viewer then follows in the list.
export function ProblemReportForm({ onSent }: { onSent: () => void }) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [local, setLocal] = useState<LocalProblems>({});
  const [sent, setSent] = useState<string | null>(null);
  const [openTicket, { error, loading, reset }] = useMutation(MyBackOfficeOpenTicketMutation, {
    refetchQueries: [MyBackOfficeTicketsQuery],
    awaitRefetchQueries: true,
  });

  const change = (patch: Partial<Draft>) => setDraft((previous) => ({ ...previous, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSent(null);
    reset();
    const missing: LocalProblems = {
      ...(draft.subject.trim() ? {} : { subject: 'Say in a few words what is wrong.' }),
      ...(draft.description.trim() ? {} : { description: 'Describe the problem: what happens, since when, on which device.' }),
    };
    setLocal(missing);
    if (Object.keys(missing).length) return;
    try {
      const result = await openTicket({ variables: { input: { ...draft, subject: draft.subject.trim(), description: draft.description.trim() } } });
      const ticket = result.data?.openTicket;
      if (ticket) setSent(`Your problem “${ticket.subject}” was reported to IT as ${ticket.number}.`);
      setDraft(EMPTY);
      onSent();
    } catch {
      // The problems show next to their inputs (from `error`).
    }
  }

  const problem = (field: (typeof FIELDS)[number]) => problemOf(field, local, error);

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="report-problem-heading" className="me-form">
      <h3 id="report-problem-heading">Report a problem</h3>
      <Field id="problem-subject" label="Subject" problem={problem('subject')}>
        {(props) => <input {...props} type="text" value={draft.subject} onChange={(event) => change({ subject: event.target.value })} />}
      </Field>
      <Field id="problem-description" label="Description" problem={problem('description')}>
        {(props) => <textarea {...props} rows={3} value={draft.description} onChange={(event) => change({ description: event.target.value })} />}
      </Field>
      <div className="grid">
        <Field id="problem-category" label="Category" problem={problem('category')}>
          {(props) => (
            <select {...props} value={draft.category} onChange={(event) => change({ category: event.target.value as TicketCategory })}>
              {CATEGORIES.map((category) => (
                <option key={category} value={category}>
                  {humanize(category)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="problem-priority" label="Priority" problem={problem('priority')}>
          {(props) => (
            <select {...props} value={draft.priority} onChange={(event) => change({ priority: event.target.value as TicketPriority })}>
              {PRIORITIES.map((priority) => (
                <option key={priority} value={priority}>
                  {humanize(priority)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <FormAlert messages={unplacedProblems(error, FIELDS)} />
      <button type="submit" disabled={loading} aria-busy={loading || undefined}>
        Report a problem
      </button>
      {sent && <Success>{sent}</Success>}
    </form>
  );
}
