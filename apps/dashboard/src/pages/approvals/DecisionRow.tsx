import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { problemFor } from '../../ui/errors';
import { DecisionBadge, type DecideResult, type Decided } from './decisions';

// One item of a queue: its cells, then its decision. The buttons read "Approve" / "Reject" and
// are named for the item ("Approve leave for Noah Khan"). Rejecting asks for the reason first,
// in a row of its own under the item; its submit button bears the same name as the button that
// opened it, which it replaces while open.

export type RowAction = { verb: string; onClick: () => void };
export type RowRefusal = {
  verb: string; // "Reject", "Discard"
  gerund: string; // "rejecting", "discarding"
  // The server's field for the reason, to show its complaint next to the input.
  field: string;
  onSubmit: (reason: string) => Promise<DecideResult>;
};

type Props = {
  // What the buttons decide: "leave for Noah Khan", "claim Trade fair, Munich".
  itemName: string;
  cells: ReactNode;
  columns: number;
  actions: RowAction[];
  refusal?: RowRefusal;
  decision?: Decided<unknown>;
  // Shown instead of buttons when the viewer has nothing to decide (e.g. waiting for another role).
  note?: ReactNode;
  // Said under the buttons (e.g. "You prepared this entry: a second person approves it.").
  hint?: ReactNode;
};

export function DecisionRow({ itemName, cells, columns, actions, refusal, decision, note, hint }: Props) {
  const [refusing, setRefusing] = useState(false);
  // Kept here, not in the form: the form leaves the screen while the refusal is sent and comes
  // back with what was typed if the server refuses it.
  const [reason, setReason] = useState('');
  const [reasonProblem, setReasonProblem] = useState<string | undefined>();
  const openButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  // Closing the form (cancelled) puts focus back on the button that opened it.
  useEffect(() => {
    if (!refusing && returnFocus.current) {
      returnFocus.current = false;
      openButton.current?.focus();
    }
  }, [refusing]);

  const showForm = refusal && refusing && !decision;
  return (
    <>
      <tr>
        {cells}
        <td>
          {decision ? (
            <DecisionBadge decision={decision} />
          ) : note ? (
            note
          ) : (
            <div className="row-actions">
              {actions.map((action) => (
                <button key={action.verb} type="button" aria-label={`${action.verb} ${itemName}`} onClick={action.onClick}>
                  {action.verb}
                </button>
              ))}
              {refusal && !refusing && (
                <button ref={openButton} type="button" className="secondary" aria-label={`${refusal.verb} ${itemName}`} onClick={() => setRefusing(true)}>
                  {refusal.verb}
                </button>
              )}
            </div>
          )}
          {hint && !decision && <small className="approvals-hint">{hint}</small>}
        </td>
      </tr>
      {showForm && (
        <tr className="approvals-reason-row">
          <td colSpan={columns}>
            <ReasonForm
              itemName={itemName}
              refusal={refusal}
              reason={reason}
              onReasonChange={setReason}
              problem={reasonProblem}
              onSubmit={async () => {
                if (!reason.trim()) {
                  setReasonProblem(`Give a reason for ${refusal.gerund} this.`);
                  return;
                }
                setReasonProblem(undefined);
                const result = await refusal.onSubmit(reason.trim());
                if (result.ok) setRefusing(false);
                else setReasonProblem(problemFor(result.error, refusal.field));
              }}
              onCancel={() => {
                returnFocus.current = true;
                setReasonProblem(undefined);
                setRefusing(false);
              }}
            />
          </td>
        </tr>
      )}
    </>
  );
}

type ReasonFormProps = {
  itemName: string;
  refusal: RowRefusal;
  reason: string;
  onReasonChange: (reason: string) => void;
  problem: string | undefined;
  onSubmit: () => Promise<void>;
  onCancel: () => void;
};

function ReasonForm({ itemName, refusal, reason, onReasonChange, problem, onSubmit, onCancel }: ReasonFormProps) {
  const inputId = useId();
  const problemId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    void onSubmit();
  }

  return (
    <form onSubmit={submit} className="approvals-reason-form" noValidate>
      <label htmlFor={inputId}>
        Reason for {refusal.gerund} {itemName}
      </label>
      <div role="group">
        <input
          id={inputId}
          name="reason"
          value={reason}
          autoFocus
          required
          onChange={(event) => onReasonChange(event.target.value)}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={problem ? problemId : undefined}
        />
        <button type="submit" aria-label={`${refusal.verb} ${itemName}`}>
          {refusal.verb}
        </button>
        <button type="button" className="secondary outline" aria-label={`Cancel ${refusal.gerund} ${itemName}`} onClick={onCancel}>
          Cancel
        </button>
      </div>
      {problem && (
        <small className="field-error" id={problemId}>
          {problem}
        </small>
      )}
    </form>
  );
}
