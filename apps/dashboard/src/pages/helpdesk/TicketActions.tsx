import { useQuery } from '@apollo/client';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { AssetCategoryCode, TicketPageTicketFragment, TicketResolution } from '../../graphql/graphql';
import { humanize } from '../../ui/format';
import { ErrorNotice } from '../../ui/Status';
import { CommandProblem, Field, useTicketCommand, type CommandContext } from './ticketCommand';
import {
  TicketPageSupplyStockQuery,
  TicketPageAssignMutation,
  TicketPageCloseMutation,
  TicketPageFulfilMutation,
  TicketPageHandOutMutation,
  TicketPageReopenMutation,
  TicketPageResolveMutation,
  TicketPageStartMutation,
  TicketPageStockAssetsQuery,
  TicketPageWaitMutation,
} from './ticketDocuments';
import { itemName, unresolvedStatuses } from './ticketParts';

type Ticket = TicketPageTicketFragment;
type Line = Ticket['items'][number];
type ActionProps = { ticket: Ticket; context: CommandContext };

// The changes the ticket's status allows, for who may make them: IT and the manager work on it
// (take it, start, ask the requester, hand out, resolve, close, reopen); its requester may close
// or reopen it once resolved. The server decides in the end: a refusal shows next to the action.
export function TicketActions({ ticket, worker, viewerId, context }: { ticket: Ticket; worker: boolean; viewerId: string | null; context: CommandContext }) {
  const unresolved = unresolvedStatuses.includes(ticket.status);
  const reopenable = ticket.status === 'RESOLVED' && (!ticket.reopenableUntil || new Date(ticket.reopenableUntil) > new Date());
  const openLines = unresolved && worker && ticket.kind !== 'RESTOCK' ? ticket.items.filter((line) => !line.done) : [];

  const actions: ReactNode[] = [];
  if (worker && unresolved && viewerId && ticket.assignee?.id !== viewerId) actions.push(<AssignToMe key="assign" ticket={ticket} viewerId={viewerId} context={context} />);
  if (worker && ticket.status === 'OPEN') actions.push(<StartWork key="start" ticket={ticket} context={context} />);
  if (worker && ticket.status === 'IN_PROGRESS' && ticket.requester) actions.push(<WaitOnRequester key="wait" ticket={ticket} context={context} />);
  openLines.forEach((line) => {
    if (line.assetCategory && ticket.kind !== 'RECOVERY') actions.push(<FulfilWithAsset key={line.id} ticket={ticket} line={line} category={line.assetCategory} context={context} />);
    else if (!line.assetCategory && line.supplyItem) actions.push(<HandOutSupplies key={line.id} ticket={ticket} line={line} context={context} />);
  });
  if (worker && unresolved) actions.push(<Resolve key="resolve" ticket={ticket} context={context} />);
  if (ticket.status === 'RESOLVED') actions.push(<CloseTicket key="close" ticket={ticket} context={context} />);
  if (reopenable) actions.push(<Reopen key="reopen" ticket={ticket} context={context} />);

  if (!actions.length) return null;
  return (
    <section aria-labelledby="ticket-actions-heading" className="helpdesk-section">
      <h2 id="ticket-actions-heading">Actions</h2>
      <div className="ticket-actions">{actions}</div>
    </section>
  );
}

// One action: a small titled card.
function ActionCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <article>
      <h3>{title}</h3>
      {children}
    </article>
  );
}

const submitted = (handler: () => void) => (event: FormEvent) => {
  event.preventDefault();
  handler();
};

function AssignToMe({ ticket, viewerId, context }: ActionProps & { viewerId: string }) {
  const command = useTicketCommand(TicketPageAssignMutation, context);
  const assign = () => void command.run({ input: { ticketId: ticket.id, expectedVersion: ticket.version, assigneeId: viewerId } }, `${ticket.number} is assigned to you.`);
  return (
    <ActionCard title="Take it">
      <p>{ticket.assignee ? 'Someone else has it; take it over.' : 'Nobody has it yet.'}</p>
      <button type="button" onClick={assign} aria-busy={command.loading || undefined} disabled={command.loading}>
        Assign to me
      </button>
      <CommandProblem error={command.error} />
    </ActionCard>
  );
}

function StartWork({ ticket, context }: ActionProps) {
  const command = useTicketCommand(TicketPageStartMutation, context);
  const start = () => void command.run({ input: { ticketId: ticket.id, expectedVersion: ticket.version } }, `Work on ${ticket.number} has started.`);
  return (
    <ActionCard title="Start work">
      <p>{ticket.assignee ? 'Moves it to in progress.' : 'Moves it to in progress and takes it.'}</p>
      <button type="button" onClick={start} aria-busy={command.loading || undefined} disabled={command.loading}>
        Start work
      </button>
      <CommandProblem error={command.error} />
    </ActionCard>
  );
}

function WaitOnRequester({ ticket, context }: ActionProps) {
  const command = useTicketCommand(TicketPageWaitMutation, context);
  const [message, setMessage] = useState('');
  const ask = async () => {
    if (await command.run({ input: { ticketId: ticket.id, expectedVersion: ticket.version, message } }, `${ticket.number} is waiting on the requester.`)) setMessage('');
  };
  return (
    <ActionCard title="Wait on the requester">
      <form onSubmit={submitted(() => void ask())}>
        <Field id="wait-message" label="Question for the requester" field="message" error={command.error}>
          {(props) => <textarea {...props} rows={3} value={message} onChange={(event) => setMessage(event.target.value)} />}
        </Field>
        <button type="submit" aria-busy={command.loading || undefined} disabled={command.loading}>
          Ask and wait
        </button>
        <CommandProblem error={command.error} fields={['message']} />
      </form>
    </ActionCard>
  );
}

// Consumables from stock for one line: at most what is still owed.
function HandOutSupplies({ ticket, line, context }: ActionProps & { line: Line }) {
  const command = useTicketCommand(TicketPageHandOutMutation, context);
  const supplies = useQuery(TicketPageSupplyStockQuery);
  const stock = supplies.data?.supplyItems.find((item) => item.code === line.supplyItem?.code)?.stock;
  const left = line.quantity - line.handedOut;
  const [quantity, setQuantity] = useState(String(left));
  const name = itemName(line);
  const handOut = async () => {
    const count = Number(quantity);
    if (await command.run({ input: { ticketId: ticket.id, expectedVersion: ticket.version, item: line.supplyItem?.code ?? '', quantity: count } }, `Handed out ${count} × ${name}.`)) setQuantity(String(Math.max(left - count, 1)));
  };
  return (
    <ActionCard title={`Hand out ${name}`}>
      <p>
        {line.handedOut} of {line.quantity} handed out{stock != null ? `; ${stock} in stock` : ''}.
      </p>
      <form onSubmit={submitted(() => void handOut())}>
        <Field id={`hand-out-${line.id}`} label={`Quantity of ${name}`} field="quantity" error={command.error}>
          {(props) => <input {...props} type="number" min={1} max={left} step={1} required value={quantity} onChange={(event) => setQuantity(event.target.value)} />}
        </Field>
        <button type="submit" aria-busy={command.loading || undefined} disabled={command.loading}>
          Hand out {name}
        </button>
        <CommandProblem error={command.error} fields={['quantity', 'item']} />
      </form>
    </ActionCard>
  );
}

// An equipment line is fulfilled with one asset in stock of its category, handed to whom the ticket is for.
function FulfilWithAsset({ ticket, line, category, context }: ActionProps & { line: Line; category: AssetCategoryCode }) {
  const command = useTicketCommand(TicketPageFulfilMutation, context);
  const stock = useQuery(TicketPageStockAssetsQuery, { variables: { category } });
  const [assetId, setAssetId] = useState('');
  const assets = stock.data?.assets.edges.map((edge) => edge.node) ?? [];
  const name = itemName(line);
  const fulfil = async () => {
    const asset = assets.find((candidate) => candidate.id === assetId);
    if (!asset) return;
    if (await command.run({ input: { ticketId: ticket.id, expectedVersion: ticket.version, itemId: line.id, assetId: asset.id, assetVersion: asset.version } }, `${asset.tag} is handed over for the ${name.toLowerCase()} line.`)) {
      setAssetId('');
      void stock.refetch();
    }
  };
  const selectId = `fulfil-${line.id}`;
  return (
    <ActionCard title={`Hand over a ${name.toLowerCase()}`}>
      {stock.loading && !stock.data ? (
        <p aria-busy="true">Loading the {humanize(category).toLowerCase()} stock…</p>
      ) : !stock.data ? (
        <ErrorNotice error={stock.error} retry={() => stock.refetch()} />
      ) : assets.length === 0 ? (
        <p>No {humanize(category).toLowerCase()} is in stock.</p>
      ) : (
        <form onSubmit={submitted(() => void fulfil())}>
          <Field id={selectId} label={`Asset for the ${name.toLowerCase()} line`} field="assetId" error={command.error}>
            {(props) => (
              <select {...props} required value={assetId} onChange={(event) => setAssetId(event.target.value)}>
                <option value="">Choose an asset in stock</option>
                {assets.map((asset) => (
                  <option key={asset.id} value={asset.id}>
                    {asset.tag}: {asset.model.manufacturer} {asset.model.name} ({humanize(asset.condition).toLowerCase()})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button type="submit" aria-busy={command.loading || undefined} disabled={command.loading || !assetId}>
            Hand over asset
          </button>
        </form>
      )}
      <CommandProblem error={command.error} fields={['assetId']} />
    </ActionCard>
  );
}

const resolutions: TicketResolution[] = ['FIXED', 'ANSWERED', 'FULFILLED', 'WONT_FIX', 'DUPLICATE'];
const resolutionLabels: Partial<Record<TicketResolution, string>> = { WONT_FIX: "Won't fix" };

function Resolve({ ticket, context }: ActionProps) {
  const command = useTicketCommand(TicketPageResolveMutation, context);
  const [resolution, setResolution] = useState<TicketResolution>(ticket.kind === 'REQUEST' ? 'FIXED' : 'FULFILLED');
  const [note, setNote] = useState('');
  const resolve = async () => {
    if (await command.run({ input: { ticketId: ticket.id, expectedVersion: ticket.version, resolution, note } }, `${ticket.number} is resolved.`)) setNote('');
  };
  return (
    <ActionCard title="Resolve">
      <form onSubmit={submitted(() => void resolve())}>
        <Field id="resolve-resolution" label="Resolution" field="resolution" error={command.error}>
          {(props) => (
            <select {...props} value={resolution} onChange={(event) => setResolution(event.target.value as TicketResolution)}>
              {resolutions.map((option) => (
                <option key={option} value={option}>
                  {resolutionLabels[option] ?? humanize(option)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="resolve-note" label="Resolution note (the requester sees it)" field="note" error={command.error}>
          {(props) => <textarea {...props} rows={3} value={note} onChange={(event) => setNote(event.target.value)} />}
        </Field>
        <button type="submit" aria-busy={command.loading || undefined} disabled={command.loading}>
          Resolve ticket
        </button>
        <CommandProblem error={command.error} fields={['resolution', 'note']} />
      </form>
    </ActionCard>
  );
}

function CloseTicket({ ticket, context }: ActionProps) {
  const command = useTicketCommand(TicketPageCloseMutation, context);
  const close = () => void command.run({ input: { ticketId: ticket.id, expectedVersion: ticket.version } }, `${ticket.number} is closed.`);
  return (
    <ActionCard title="Close">
      <p>Closes it for good; it can no longer be reopened.</p>
      <button type="button" className="secondary" onClick={close} aria-busy={command.loading || undefined} disabled={command.loading}>
        Close ticket
      </button>
      <CommandProblem error={command.error} />
    </ActionCard>
  );
}

function Reopen({ ticket, context }: ActionProps) {
  const command = useTicketCommand(TicketPageReopenMutation, context);
  const [reason, setReason] = useState('');
  const reopen = async () => {
    if (await command.run({ input: { ticketId: ticket.id, expectedVersion: ticket.version, reason } }, `${ticket.number} is reopened.`)) setReason('');
  };
  return (
    <ActionCard title="Reopen">
      <form onSubmit={submitted(() => void reopen())}>
        <Field id="reopen-reason" label="Reason for reopening" field="reason" error={command.error}>
          {(props) => <textarea {...props} rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />}
        </Field>
        <button type="submit" className="secondary" aria-busy={command.loading || undefined} disabled={command.loading}>
          Reopen ticket
        </button>
        <CommandProblem error={command.error} fields={['reason']} />
      </form>
    </ActionCard>
  );
}
