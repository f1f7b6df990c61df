import { useMutation, useQuery, type ApolloError } from '@apollo/client';
import { useState } from 'react';
import type { MyBackOfficeClaimFieldsFragment as Claim } from '../../graphql/graphql';
import { errorCode, fieldProblems } from '../../ui/errors';
import { formatDate, formatMoney, humanize } from '../../ui/format';
import { PAGE_SIZE, Pager, useCursorPager } from '../../ui/Pager';
import { Empty, ErrorNotice, Loading, Success } from '../../ui/Status';
import { ClaimForm, CLAIM_FIELD_LABELS } from './ClaimForm';
import { FormAlert, Unseen, unplacedProblems } from './formParts';
import { MyBackOfficeClaimsQuery, MyBackOfficeSubmitClaimMutation, MyBackOfficeWithdrawClaimMutation } from './meDocuments';

const awaitingWhom = (claim: Claim) => (claim.awaiting === 'ACCOUNTING' ? 'accounting' : 'your line manager');

// The viewer's expense claims: draft one, submit it to its approvers, withdraw it before it is
// decided. A submission the policy refuses keeps its problems on the row (and in the form, once
// the viewer opens the draft to fix it).
export function ClaimsSection({ employeeId }: { employeeId: string }) {
  const pager = useCursorPager();
  const claims = useQuery(MyBackOfficeClaimsQuery, { variables: { claimantId: employeeId, first: PAGE_SIZE, after: pager.after } });
  const [editing, setEditing] = useState<Claim | null>(null);
  const [submitErrors, setSubmitErrors] = useState<Record<string, ApolloError>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<ApolloError | undefined>();
  const [submitClaim, submitting] = useMutation(MyBackOfficeSubmitClaimMutation);
  const [withdrawClaim, withdrawing] = useMutation(MyBackOfficeWithdrawClaimMutation);
  const busy = submitting.loading || withdrawing.loading;
  const connection = (claims.data ?? claims.previousData)?.expenseClaims;

  const forgetSubmitError = (id: string) =>
    setSubmitErrors((previous) => {
      const rest = { ...previous };
      delete rest[id];
      return rest;
    });

  async function act(claim: Claim, action: 'submit' | 'withdraw') {
    setNotice(null);
    setActionError(undefined);
    try {
      const variables = { id: claim.id, expectedVersion: claim.version };
      if (action === 'submit') {
        const result = await submitClaim({ variables });
        forgetSubmitError(claim.id);
        if (editing?.id === claim.id) setEditing(null);
        const sent = result.data?.submitExpenseClaim;
        setNotice(`Your claim “${claim.title}” was submitted; it waits for ${sent ? awaitingWhom(sent) : 'its approver'}.`);
      } else {
        await withdrawClaim({ variables });
        forgetSubmitError(claim.id);
        if (editing?.id === claim.id) setEditing(null);
        setNotice(`Your claim “${claim.title}” was withdrawn.`);
      }
    } catch (caught) {
      const error = caught as ApolloError;
      if (action === 'submit' && errorCode(error) === 'BAD_USER_INPUT' && fieldProblems(error).length) {
        setSubmitErrors((previous) => ({ ...previous, [claim.id]: error }));
      } else {
        // A conflict (changed or decided meanwhile) or a failure: said above the list, which
        // then shows how the claim stands now.
        setActionError(error);
        void claims.refetch();
      }
    }
  }

  function saved(claim: Claim, edited: boolean) {
    // A new draft is the newest claim: back to the first page, where it shows.
    forgetSubmitError(claim.id);
    setEditing(null);
    if (!edited) pager.reset();
    setNotice(`Your draft “${claim.title}” was saved. Submit it when it is ready.`);
  }

  return (
    <>
      <ClaimForm key={editing?.id ?? 'new'} editing={editing} submitError={editing ? submitErrors[editing.id] : undefined} onSaved={saved} onStopEditing={() => setEditing(null)} />
      <h3>My claims</h3>
      {notice && <Success>{notice}</Success>}
      <FormAlert messages={unplacedProblems(actionError, [])} />
      {!connection ? (
        claims.error ? (
          <ErrorNotice error={claims.error} retry={() => claims.refetch()} />
        ) : (
          <Loading what="your expense claims" />
        )
      ) : connection.edges.length === 0 ? (
        <Empty>You have no expense claims yet. Draft one above.</Empty>
      ) : (
        <>
          <div className="me-table">
            <table>
              <caption>Your expense claims, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Claim</th>
                  <th scope="col">Expenses</th>
                  <th scope="col" className="number">
                    Total
                  </th>
                  <th scope="col">Status</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {connection.edges.map(({ node: claim }) => (
                  <ClaimRow key={claim.id} claim={claim} busy={busy} submitError={submitErrors[claim.id]} onSubmit={() => void act(claim, 'submit')} onWithdraw={() => void act(claim, 'withdraw')} onEdit={() => setEditing(claim)} />
                ))}
              </tbody>
            </table>
          </div>
          {(connection.pageInfo.hasNextPage || pager.pageNumber > 1) && <Pager pager={pager} pageInfo={connection.pageInfo} label="Expense claims" />}
        </>
      )}
    </>
  );
}

type RowProps = { claim: Claim; busy: boolean; submitError: ApolloError | undefined; onSubmit: () => void; onWithdraw: () => void; onEdit: () => void };

function ClaimRow({ claim, busy, submitError, onSubmit, onWithdraw, onEdit }: RowProps) {
  const isDraft = claim.status === 'DRAFT';
  // Withdrawing is for claims not decided yet: a draft, or one waiting for a decision.
  const canWithdraw = isDraft || claim.status === 'SUBMITTED';
  // The form edits one expense; a draft of several (made elsewhere) is not opened in it.
  const canEdit = isDraft && claim.lines.length === 1;
  const problemsId = `claim-${claim.id}-problems`;
  return (
    <tr>
      <th scope="row">
        {claim.title}
        <br />
        <small>Created {formatDate(claim.createdAt)}</small>
      </th>
      <td>
        {claim.lines.map((line) => (
          <div key={line.lineNo}>
            {formatDate(line.date)} · {humanize(line.category)} · {line.merchant} · {formatMoney(line.amount)}
          </div>
        ))}
      </td>
      <td className="number">{formatMoney(claim.total)}</td>
      <td>
        <ClaimStatus claim={claim} />
      </td>
      <td>
        {(isDraft || canWithdraw) && (
          <div className="row-actions">
            {isDraft && (
              <button type="button" disabled={busy} onClick={onSubmit} aria-describedby={submitError ? problemsId : undefined}>
                Submit<Unseen> claim {claim.title}</Unseen>
              </button>
            )}
            {canEdit && (
              <button type="button" className="secondary outline" disabled={busy} onClick={onEdit}>
                Edit<Unseen> claim {claim.title}</Unseen>
              </button>
            )}
            {canWithdraw && (
              <button type="button" className="secondary outline" disabled={busy} onClick={onWithdraw}>
                Withdraw<Unseen> claim {claim.title}</Unseen>
              </button>
            )}
          </div>
        )}
        {submitError && <SubmitProblems id={problemsId} error={submitError} lineCount={claim.lines.length} />}
      </td>
    </tr>
  );
}

// The policy's objections to a submission, each named by the input that fixes it.
function SubmitProblems({ id, error, lineCount }: { id: string; error: ApolloError; lineCount: number }) {
  const labelOf = (field: string) => {
    const name = field.split('.').pop() ?? field;
    const label = name in CLAIM_FIELD_LABELS ? CLAIM_FIELD_LABELS[name as keyof typeof CLAIM_FIELD_LABELS] : humanize(name);
    const line = /lines\.(\d+)\./.exec(field)?.[1];
    return lineCount > 1 && line != null ? `Line ${Number(line) + 1}, ${label.toLowerCase()}` : label;
  };
  return (
    <div id={id} role="alert" className="field-error">
      <p>Not submitted:</p>
      <ul>
        {fieldProblems(error).map((problem) => (
          <li key={`${problem.field}:${problem.message}`}>
            {labelOf(problem.field)}: {problem.message}
          </li>
        ))}
      </ul>
      {lineCount === 1 && <p>Edit the draft to fix it, then submit it again.</p>}
    </div>
  );
}

function ClaimStatus({ claim }: { claim: Claim }) {
  return (
    <>
      <span className={claim.status === 'REJECTED' ? 'badge danger' : 'badge'}>{humanize(claim.status)}</span>
      {claim.status === 'SUBMITTED' && <small> waiting for {awaitingWhom(claim)}</small>}
      {claim.status === 'REJECTED' && claim.rejectionReason && <small> — {claim.rejectionReason}</small>}
      {claim.flags.map((flag) => (
        <small key={`${flag.kind}:${flag.lineNo}`} className="me-flag">
          {flag.message}
        </small>
      ))}
    </>
  );
}
