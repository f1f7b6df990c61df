import type { ApolloError } from '@apollo/client';
import type { ReactNode } from 'react';
import { describeError, graphQLErrorsOf, problemFor, type FieldProblem } from '../../ui/errors';

// The self-service forms share one way of showing what is wrong: a problem sits under its input
// (the input says aria-invalid and points at it), and whatever no input of the form can show (the
// request as a whole, a conflict, a network failure) is one alert above the form's button.
// The forms check empty required inputs themselves (noValidate: the browser's bubbles would hide
// the server's own messages for everything else).

// Problems the form found before sending, by input name.
export type LocalProblems = Partial<Record<string, string>>;

export const problemOf = (field: string, local: LocalProblems, error: ApolloError | undefined): string | undefined => local[field] ?? problemFor(error, field);

const placedOn = (problem: FieldProblem, fields: readonly string[]) => fields.some((field) => problem.field === field || problem.field.endsWith(`.${field}`));

const sentence = (text: string) => (text ? text.charAt(0).toUpperCase() + text.slice(1) + (/[.!?]$/.test(text) ? '' : '.') : text);

// What the server said that none of `fields` shows.
export function unplacedProblems(error: ApolloError | undefined, fields: readonly string[]): string[] {
  if (!error) return [];
  const entries = graphQLErrorsOf(error);
  if (!entries.length) return [describeError(error)];
  return entries.flatMap((entry) => {
    const code = entry.extensions?.code;
    if (code === 'BAD_USER_INPUT' && Array.isArray(entry.extensions?.fields) && entry.extensions.fields.length) {
      return (entry.extensions.fields as FieldProblem[]).filter((problem) => !placedOn(problem, fields)).map((problem) => sentence(problem.message));
    }
    if (code === 'CONFLICT') return [`${sentence(entry.message)} Someone changed it first; the list now shows how it stands.`];
    return [sentence(entry.message)];
  });
}

export function FormAlert({ messages }: { messages: string[] }) {
  if (!messages.length) return null;
  return (
    <div role="alert" className="notice error">
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}

type ControlProps = { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string };

// A labelled control with its hint and its problem; the control itself is the caller's, given the
// props that tie it to both.
export function Field({ id, label, problem, hint, children }: { id: string; label: string; problem?: string | undefined; hint?: ReactNode; children: (props: ControlProps) => ReactNode }) {
  const describedBy = [hint ? `${id}-hint` : null, problem ? `${id}-error` : null].filter(Boolean).join(' ');
  const controlProps: ControlProps = { id, ...(problem ? { 'aria-invalid': true as const } : {}), ...(describedBy ? { 'aria-describedby': describedBy } : {}) };
  return (
    <div className="me-field">
      <label htmlFor={id}>{label}</label>
      {children(controlProps)}
      {hint && <small id={`${id}-hint`}>{hint}</small>}
      {problem && (
        <small className="field-error" id={`${id}-error`}>
          {problem}
        </small>
      )}
    </div>
  );
}

// Words a screen reader reads as part of a button's name, so "Cancel" says which leave it cancels
// (kept out of aria-label, which label lookups would also match).
export function Unseen({ children }: { children: ReactNode }) {
  return <span className="me-visually-hidden">{children}</span>;
}

// The viewer's sign-in has no employee record (a service account): nothing here is theirs.
export function NoRecord() {
  return <p className="empty">Your sign-in is not linked to an employee record, so there is nothing to show here.</p>;
}

// Days are decimals in half-day steps ("5.0", "0.5"): shown without trailing zeros.
export const formatDays = (days: string) => String(Number(days));
