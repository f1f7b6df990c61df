import { useQuery } from '@apollo/client';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useViewer } from '../../auth/session';
import { TicketPageActorQuery } from './ticketDocuments';
import { fullName } from './ticketParts';

// Comments and history name people by employee id (or a service). The ticket's own people and
// the viewer are known already; anyone else is looked up once (Apollo shares the answer).

type Person = { id: string; firstName: string; lastName: string };

const KnownNames = createContext<ReadonlyMap<string, string>>(new Map());

export function PeopleNamesProvider({ people, children }: { people: Array<Person | null | undefined>; children: ReactNode }) {
  const viewer = useViewer();
  const key = people.map((person) => person?.id ?? '').join(',');
  const names = useMemo(() => {
    const known = new Map<string, string>();
    if (viewer.employeeId) known.set(viewer.employeeId, viewer.name);
    people.forEach((person) => person && known.set(person.id, fullName(person)));
    return known;
    // The people's ids say when the names change; the array itself is new on every render.
  }, [key, viewer.employeeId, viewer.name]);
  return <KnownNames.Provider value={names}>{children}</KnownNames.Provider>;
}

const EMPLOYEE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// An actor as words: a person's name, or what the system's service is.
export function ActorName({ actor }: { actor: string }) {
  const known = useContext(KnownNames).get(actor);
  if (known) return <>{known}</>;
  if (EMPLOYEE_ID.test(actor)) return <LookedUpName id={actor} />;
  if (actor.startsWith('service:')) return <>System ({actor.slice('service:'.length)})</>;
  return <>{actor === 'system' ? 'System' : actor}</>;
}

function LookedUpName({ id }: { id: string }) {
  const { data } = useQuery(TicketPageActorQuery, { variables: { id } });
  return <>{data?.employee ? fullName(data.employee) : 'A colleague'}</>;
}
