import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/api.js';

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

export function Failure({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="failure" role="alert">
      <span>{describeError(error)}</span>
      {retry && (
        <button type="button" className="link" onClick={retry}>
          {t('tryAgain')}
        </button>
      )}
    </div>
  );
}

export function Loading({ what }: { what?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" aria-busy="true">
      {what ?? t('loading')}…
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
  const { t } = useTranslation();
  if (query.isPending) return <Loading />;
  if (query.isError) return <Failure error={query.error} retry={() => void query.refetch()} />;
  if (props.empty) return <Empty>{props.emptyText ?? t('nothingHere')}</Empty>;
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

/** Times and dates on screen, in the interface language. */
export { formatDateTime as dateTimeOf, formatTime as timeOf } from '../i18n/format.js';
