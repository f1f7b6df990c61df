import type { ApolloError } from '@apollo/client';
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { describeError, errorCode, problemFor } from '../../ui/errors';
import { Empty, ErrorNotice, Loading } from '../../ui/Status';

// What the four sections of the inbox share: the page's one status line, the decisions taken
// on this visit (so a decided row stays on screen, marked, until the page is left), and how a
// refused decision is told.

type AnyError = ApolloError | Error;

// The page's status line: "Leave for Noah Khan approved." after each decision.
const AnnounceContext = createContext<(message: string) => void>(() => undefined);
export const AnnounceProvider = AnnounceContext.Provider;
export const useAnnounce = () => useContext(AnnounceContext);

export type Decided<T> = { item: T; outcome: string; saving: boolean };

// The server says the item moved on under us: someone else decided it, changed it (a version
// mismatch), or it is gone.
export const isConflict = (error: AnyError) => ['CONFLICT', 'NOT_FOUND'].includes(errorCode(error) ?? '');

// Each decision's mutation asks for __typename: its optimisticResponse must name the entity the
// cache holds (LeaveRequest:<id>, …) for the row to change at once.
export type DecideOptions<R> = {
  // How the row reads while the server answers ("Approved"), shown at once.
  optimisticOutcome: string;
  send: () => Promise<R>;
  // How the row reads and what the status line says once the server agreed.
  settled: (result: R) => { outcome: string; message: string };
  // A refusal about this input (the reason) is shown next to it, not at the top of the section.
  inputField?: string;
};

export type DecideResult = { ok: true } | { ok: false; error: AnyError };

// One section's decisions. `noun` names what is decided in the conflict message ("request").
export function useDecisions<T extends { id: string }>({ noun, refetchQueue }: { noun: string; refetchQueue: () => unknown }) {
  const announce = useAnnounce();
  const [decided, setDecided] = useState<Decided<T>[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  const decide = useCallback(
    async <R,>(item: T, options: DecideOptions<R>): Promise<DecideResult> => {
      setProblem(null);
      announce('');
      // The row reads as decided at once; the cache does too (each mutation's optimisticResponse).
      setDecided((list) => [...list.filter((entry) => entry.item.id !== item.id), { item, outcome: options.optimisticOutcome, saving: true }]);
      try {
        const result = await options.send();
        const { outcome, message } = options.settled(result);
        setDecided((list) => list.map((entry) => (entry.item.id === item.id ? { ...entry, outcome, saving: false } : entry)));
        announce(message);
        return { ok: true };
      } catch (caught) {
        // Roll back: the row is pending again (Apollo drops its optimistic layer by itself).
        const error = caught instanceof Error ? caught : new Error(String(caught));
        setDecided((list) => list.filter((entry) => entry.item.id !== item.id));
        if (isConflict(error)) {
          setProblem(`Someone else already decided this ${noun}; the list is up to date. (${describeError(error)})`);
          void refetchQueue();
        } else if (!(options.inputField && problemFor(error, options.inputField))) {
          // A refusal (your own claim, a closed period…) is the server's sentence, as it is.
          setProblem(describeError(error));
        }
        return { ok: false, error };
      }
    },
    [announce, noun, refetchQueue],
  );

  const decisionOf = useCallback((id: string) => decided.find((entry) => entry.item.id === id), [decided]);
  return { decided, decisionOf, decide, problem, dismissProblem: () => setProblem(null) };
}

// The rows to show: the queue as the server has it, then what was decided here and has since
// left the queue (after a refetch), so the decision and its effect stay in sight.
export function withDecided<T extends { id: string }>(queue: readonly T[], decided: readonly Decided<T>[]): T[] {
  const inQueue = new Set(queue.map((item) => item.id));
  return [...queue, ...decided.filter((entry) => !inQueue.has(entry.item.id)).map((entry) => entry.item)];
}

export function ApprovalSection({ id, title, count, children }: { id: string; title: string; count: number | null; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="approvals-section">
      <h2 id={`${id}-heading`}>
        {title}
        {count != null && ` (${count})`}
      </h2>
      {children}
    </section>
  );
}

export function SectionProblem({ problem, onDismiss }: { problem: string | null; onDismiss: () => void }) {
  if (!problem) return null;
  return (
    <div role="alert" className="notice error approvals-problem">
      <span>{problem}</span>{' '}
      <button type="button" className="secondary outline" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

// A decided row's outcome, in words (never colour alone).
export function DecisionBadge({ decision }: { decision: Decided<unknown> }) {
  return (
    <span className={decision.outcome.startsWith('Rejected') || decision.outcome.startsWith('Discarded') ? 'badge danger' : 'badge'} aria-busy={decision.saving ? 'true' : undefined}>
      {decision.outcome}
      {decision.saving ? ' (saving…)' : ''}
    </span>
  );
}

// A column of a queue's table; `number` right-aligns it.
export type QueueColumn = string | { label: string; number: true };

// What a section shows under its heading: loading, the error with a retry (only while there is
// no queue to show), the empty sentence, or the table with a Decision column last and, below it,
// the pager. `children` are the rows of the page shown.
export function QueueBody({
  queue,
  items,
  what,
  empty,
  caption,
  columns,
  pager,
  children,
}: {
  queue: { loading: boolean; error?: ApolloError | undefined; refetch: () => unknown };
  // The queue as the server last gave it; undefined until it has.
  items: readonly unknown[] | undefined;
  // Plural, for "Loading leave requests…".
  what: string;
  // The sentence for an empty queue, or null when there are rows.
  empty: string | null;
  caption: string;
  columns: readonly QueueColumn[];
  pager?: ReactNode;
  children: ReactNode;
}) {
  if (queue.loading && !items) return <Loading what={what} />;
  if (!items && queue.error) return <ErrorNotice error={queue.error} retry={() => queue.refetch()} />;
  if (empty !== null) return <Empty>{empty}</Empty>;
  return (
    <>
      <div className="overflow-auto">
        <table className="striped">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {[...columns, 'Decision'].map((column) =>
                typeof column === 'string' ? (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ) : (
                  <th key={column.label} scope="col" className="number">
                    {column.label}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
      {pager}
    </>
  );
}
