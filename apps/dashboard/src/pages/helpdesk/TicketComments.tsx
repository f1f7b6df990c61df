import { useState } from 'react';
import type { TicketPageTicketFragment } from '../../graphql/graphql';
import { formatDateTime } from '../../ui/format';
import { Empty } from '../../ui/Status';
import { ActorName } from './people';
import { CommandProblem, Field, useTicketCommand, type CommandContext } from './ticketCommand';
import { TicketPageCommentMutation } from './ticketDocuments';

type Ticket = TicketPageTicketFragment;

// The conversation on a ticket, oldest first, and a comment to add while it is not closed. IT and
// the manager may add an internal note the requester never sees.
export function TicketComments({ ticket, worker, canComment, isRequester, context }: { ticket: Ticket; worker: boolean; canComment: boolean; isRequester: boolean; context: CommandContext }) {
  return (
    <section aria-labelledby="ticket-comments-heading" className="helpdesk-section">
      <h2 id="ticket-comments-heading">Comments</h2>
      {ticket.comments.length === 0 ? (
        <Empty>No comments yet.</Empty>
      ) : (
        <ol className="ticket-comments" aria-label="Comments, oldest first">
          {ticket.comments.map((comment) => (
            <li key={comment.id} className="ticket-comment">
              <strong>
                <ActorName actor={comment.author} />
              </strong>{' '}
              <small className="muted">{formatDateTime(comment.at)}</small> {comment.internal && <span className="badge">Internal note</span>}
              <p>{comment.body}</p>
            </li>
          ))}
        </ol>
      )}
      {canComment && ticket.status !== 'CLOSED' && <CommentForm ticket={ticket} worker={worker} isRequester={isRequester} context={context} />}
    </section>
  );
}

function CommentForm({ ticket, worker, isRequester, context }: { ticket: Ticket; worker: boolean; isRequester: boolean; context: CommandContext }) {
  const command = useTicketCommand(TicketPageCommentMutation, context);
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const answering = isRequester && ticket.status === 'WAITING';
  const send = async () => {
    const input = { ticketId: ticket.id, body, ...(worker ? { internal } : {}) };
    const done = internal ? 'Your internal note is added.' : answering ? 'Your answer is added; work on the ticket resumes.' : 'Your comment is added.';
    if (await command.run({ input }, done)) {
      setBody('');
      setInternal(false);
    }
  };
  return (
    <form
      className="ticket-comment-form"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      {answering && <p>IT is waiting for your answer: replying puts the ticket back in progress.</p>}
      <Field id="comment-body" label={answering ? 'Your answer' : 'Comment'} field="body" error={command.error}>
        {(props) => <textarea {...props} rows={3} value={body} onChange={(event) => setBody(event.target.value)} />}
      </Field>
      {worker && (
        <label>
          <input type="checkbox" checked={internal} onChange={(event) => setInternal(event.target.checked)} />
          Internal note (the requester does not see it)
        </label>
      )}
      <button type="submit" aria-busy={command.loading || undefined} disabled={command.loading}>
        Add comment
      </button>
      <CommandProblem error={command.error} fields={['body']} />
    </form>
  );
}
