import type { ReactNode } from 'react';
import { describeError } from '../lib/api.js';

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

export function Failure({ error, retry }: { error: unknown; retry?: () => void }) {
  return (
    <div className="failure" role="alert">
      <span>{describeError(error)}</span>
      {retry && (
        <button type="button" className="link" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="loading" aria-busy="true">
      {what}…
    </p>
  );
}

/** The three states of a query before its data: loading, failed, or empty. */
export function QueryState(props: {
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  empty?: boolean;
  emptyText?: ReactNode;
  children: ReactNode;
}) {
  const { query } = props;
  if (query.isPending) return <Loading />;
  if (query.isError) return <Failure error={query.error} retry={() => void query.refetch()} />;
  if (props.empty) return <Empty>{props.emptyText ?? 'Nothing here yet.'}</Empty>;
  return <>{props.children}</>;
}

export function Badge({ tone, children }: { tone: string; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

/** A column heading; an object is a heading without visible text (a checkbox column). */
type Column = string | { label: string; className: string };

/** The app's data table: headings (false ones left out) over the rows given as children. */
export function Grid({ columns, children }: { columns: (Column | false)[]; children: ReactNode }) {
  return (
    <table className="grid">
      <thead>
        <tr>
          {columns.map((c) =>
            c === false ? null : typeof c === 'string' ? (
              <th key={c} scope="col">
                {c}
              </th>
            ) : (
              <th key={c.label} scope="col" className={c.className} aria-label={c.label} />
            ),
          )}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

export const timeOf = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : '—';

export const dateTimeOf = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleString([], { dateStyle: 'short', timeStyle: 'short' }) : '—';
