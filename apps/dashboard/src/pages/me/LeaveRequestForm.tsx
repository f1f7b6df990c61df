import { useMutation, useQuery } from '@apollo/client';
import { useState, type FormEvent } from 'react';
import type { MyBackOfficeRequestLeaveMutation as RequestLeaveResult } from '../../graphql/graphql';
import { formatDate } from '../../ui/format';
import { ErrorNotice, Loading, Success } from '../../ui/Status';
import { Field, FormAlert, formatDays, problemOf, unplacedProblems, type LocalProblems } from './formParts';
import { MyBackOfficeLeaveBalanceQuery, MyBackOfficeLeaveRequestsQuery, MyBackOfficeLeaveTypesQuery, MyBackOfficeRequestLeaveMutation } from './meDocuments';

const FIELDS = ['leaveType', 'startDate', 'endDate', 'startHalfDay', 'endHalfDay'] as const;

type Draft = { leaveType: string; startDate: string; endDate: string; startHalfDay: boolean; endHalfDay: boolean };
const EMPTY: Draft = { leaveType: '', startDate: '', endDate: '', startHalfDay: false, endHalfDay: false };

// Asks for time off for the viewer (the server takes the caller as the employee). Days count
// working days only; the balance and the list refresh once HR has the request.
export function LeaveRequestForm({ onRequested }: { onRequested: () => void }) {
  const types = useQuery(MyBackOfficeLeaveTypesQuery);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [local, setLocal] = useState<LocalProblems>({});
  const [requested, setRequested] = useState<RequestLeaveResult['requestLeave'] | null>(null);
  const [requestLeave, { error, loading, reset }] = useMutation(MyBackOfficeRequestLeaveMutation, {
    refetchQueries: [MyBackOfficeLeaveBalanceQuery, MyBackOfficeLeaveRequestsQuery],
    awaitRefetchQueries: true,
  });

  const change = (patch: Partial<Draft>) => setDraft((previous) => ({ ...previous, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setRequested(null);
    reset();
    const missing: LocalProblems = {
      ...(draft.leaveType ? {} : { leaveType: 'Choose the type of leave.' }),
      ...(draft.startDate ? {} : { startDate: 'Give the first day of your leave.' }),
      ...(draft.endDate ? {} : { endDate: 'Give the last day of your leave.' }),
    };
    setLocal(missing);
    if (Object.keys(missing).length) return;
    try {
      const result = await requestLeave({ variables: { input: draft } });
      if (result.data) setRequested(result.data.requestLeave);
      setDraft(EMPTY);
      onRequested();
    } catch {
      // The problems show next to their inputs (from `error`).
    }
  }

  const problem = (field: (typeof FIELDS)[number]) => problemOf(field, local, error);

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="request-leave-heading" className="me-form">
      <h3 id="request-leave-heading">Request leave</h3>
      {types.error && !types.data && <ErrorNotice error={types.error} retry={() => types.refetch()} />}
      {!types.data && !types.error && <Loading what="leave types" />}
      <div className="grid">
        <Field id="leave-type" label="Leave type" problem={problem('leaveType')}>
          {(props) => (
            <select {...props} value={draft.leaveType} onChange={(event) => change({ leaveType: event.target.value })}>
              <option value="">Choose…</option>
              {types.data?.leaveTypes.map((type) => (
                <option key={type.code} value={type.code}>
                  {type.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="leave-start" label="From" problem={problem('startDate')}>
          {(props) => <input {...props} type="date" value={draft.startDate} onChange={(event) => change({ startDate: event.target.value })} />}
        </Field>
        <Field id="leave-end" label="To" problem={problem('endDate')}>
          {(props) => <input {...props} type="date" value={draft.endDate} onChange={(event) => change({ endDate: event.target.value })} />}
        </Field>
      </div>
      <fieldset className="me-half-days">
        <legend>Half days</legend>
        <HalfDayBox id="leave-start-half" label="First day: afternoon only" checked={draft.startHalfDay} problem={problem('startHalfDay')} onChange={(startHalfDay) => change({ startHalfDay })} />
        <HalfDayBox id="leave-end-half" label="Last day: morning only" checked={draft.endHalfDay} problem={problem('endHalfDay')} onChange={(endHalfDay) => change({ endHalfDay })} />
      </fieldset>
      <FormAlert messages={unplacedProblems(error, FIELDS)} />
      <button type="submit" disabled={loading} aria-busy={loading || undefined}>
        Request leave
      </button>
      {requested && (
        <Success>
          Your request for {formatDays(requested.days)} {Number(requested.days) === 1 ? 'day' : 'days'} of {requested.leaveType.name.toLowerCase()} from {formatDate(requested.startDate)} to {formatDate(requested.endDate)} was sent for approval.
        </Success>
      )}
    </form>
  );
}

function HalfDayBox({ id, label, checked, problem, onChange }: { id: string; label: string; checked: boolean; problem: string | undefined; onChange: (checked: boolean) => void }) {
  return (
    <>
      <label htmlFor={id}>
        <input id={id} type="checkbox" checked={checked} aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${id}-error` : undefined} onChange={(event) => onChange(event.target.checked)} />
        {label}
      </label>
      {problem && (
        <small className="field-error" id={`${id}-error`}>
          {problem}
        </small>
      )}
    </>
  );
}
