import type { ReactNode } from 'react';
import { humanize } from '../../ui/format';

// Small pieces the directory and a person's page share.

export const fullName = (person: { firstName: string; lastName: string }) => `${person.firstName} ${person.lastName}`;

// The status in words (never colour alone); a leaver's badge stands out.
export function StatusBadge({ status }: { status: string }) {
  return <span className={status === 'TERMINATED' ? 'badge danger' : 'badge'}>{humanize(status)}</span>;
}

// One section of a person's page: an h2 and its content, reachable by its id.
export function PersonSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="person-section">
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

// Label and value pairs; a value the viewer may not see (null) leaves its pair out.
export function Facts({ items }: { items: Array<[term: string, value: ReactNode]> }) {
  return (
    <dl className="facts">
      {items
        .filter(([, value]) => value !== null && value !== undefined && value !== '')
        .map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
