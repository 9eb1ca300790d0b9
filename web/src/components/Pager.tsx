import { useTranslation } from 'react-i18next';
import { pageItems } from '../lib/pages.js';

type Props = { page: number; totalPages: number; onPage: (page: number) => void; label?: string };

/**
 * The app's one pager: Previous, the page numbers (current marked `aria-current`), Next. Plain
 * buttons, so Tab and Enter/Space work; hidden when everything fits on one page.
 */
export function Pager({ page, totalPages, onPage, label }: Props) {
  const { t } = useTranslation();
  if (totalPages <= 1) return null;
  return (
    <nav className="pager" aria-label={label ?? t('pager.label')}>
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('pager.previous')}
      </button>
      {pageItems(page, totalPages).map((p, i) =>
        p === 'gap' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: a gap has no identity but its place
          <span key={`gap-${i}`} aria-hidden="true">
            …
          </span>
        ) : (
          <button
            key={p}
            type="button"
            className={p === page ? 'current' : ''}
            aria-current={p === page ? 'page' : undefined}
            aria-label={t('pager.page', { page: p, total: totalPages })}
            onClick={() => onPage(p)}
          >
            {p}
          </button>
        ),
      )}
      <button type="button" disabled={page >= totalPages} onClick={() => onPage(page + 1)}>
        {t('pager.next')}
      </button>
    </nav>
  );
}
