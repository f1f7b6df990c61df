import { useMutation, type ApolloError, type OperationVariables, type TypedDocumentNode } from '@apollo/client';
import type { ReactNode } from 'react';
import { errorCode, fieldProblems, problemFor } from '../../ui/errors';
import { ErrorNotice } from '../../ui/Status';

// What every change to a ticket shares: the page is told when it went through (to say so), and a
// CONFLICT (someone changed or decided first, or the ticket is no longer in a state for it)
// reloads the ticket so the person sees where it stands now.
export type CommandContext = { onDone(message: string): void; refetch(): Promise<unknown> };

export function useTicketCommand<TData, TVariables extends OperationVariables>(document: TypedDocumentNode<TData, TVariables>, context: CommandContext) {
  const [mutate, { error, loading, reset }] = useMutation(document);
  // True when it went through; a refusal stays in `error` for the form to show.
  const run = async (variables: TVariables, doneMessage: string): Promise<boolean> => {
    try {
      await mutate({ variables });
      context.onDone(doneMessage);
      return true;
    } catch (caught) {
      if (errorCode(caught as ApolloError) === 'CONFLICT') await context.refetch().catch(() => undefined);
      return false;
    }
  };
  return { run, error, loading, reset };
}

// The refusal a form cannot show next to one of its inputs: a CONFLICT in plain words, or any
// other error. BAD_USER_INPUT problems about the form's own fields show next to them instead.
export function CommandProblem({ error, fields = [] }: { error: ApolloError | undefined; fields?: string[] }) {
  if (!error) return null;
  if (errorCode(error) === 'CONFLICT') {
    // A stale version names the versions; any other conflict says why the status stands in the way.
    const conflict = error.graphQLErrors[0];
    const stale = conflict?.extensions?.currentVersion !== undefined;
    return (
      <p role="alert" className="notice error">
        {stale ? <strong>Someone else changed this ticket first.</strong> : <><strong>That could not be done:</strong> {conflict?.message}</>} It has been reloaded, so you
        see where it stands now; check it and try again if it still needs doing.
      </p>
    );
  }
  const problems = fieldProblems(error);
  const shownByFields = problems.length > 0 && problems.every((problem) => fields.some((field) => problem.field === field || problem.field.endsWith(`.${field}`)));
  if (shownByFields) return null;
  return <ErrorNotice error={error} />;
}

// A labelled input with the server's message for it underneath, announced with the input.
export function Field({ id, label, field, error, children }: { id: string; label: string; field: string; error: ApolloError | undefined; children: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode }) {
  const problem = problemFor(error, field);
  const problemId = `${id}-problem`;
  return (
    <>
      <label htmlFor={id}>{label}</label>
      {children({ id, ...(problem ? { 'aria-invalid': true, 'aria-describedby': problemId } : {}) })}
      {problem && (
        <small className="field-error" id={problemId}>
          {problem}
        </small>
      )}
    </>
  );
}
