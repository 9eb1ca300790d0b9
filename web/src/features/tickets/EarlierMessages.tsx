import { useTranslation } from 'react-i18next';
import { Failure } from '../../components/ui.js';
import type { Page } from '../../lib/api.js';
import { hasEarlier } from '../../lib/thread-pages.js';
import type { ThreadMessage } from '../../realtime/cache-reducers.js';
import { useEarlierMessages } from './api.js';

/** Above a long thread: how much is hidden, and a button that brings the page before. */
export function EarlierMessages({
  ticketId,
  page,
}: {
  ticketId: string;
  page: Page<ThreadMessage> | undefined;
}) {
  const { t } = useTranslation('tickets');
  const earlier = useEarlierMessages(ticketId);
  if (!page || !hasEarlier(page)) return null;
  const hidden = page.meta.total - page.data.length;
  return (
    <div className="earlier">
      <button type="button" disabled={earlier.isPending} onClick={() => earlier.mutate(page.meta.page)}>
        {t('thread.loadEarlier')}
      </button>
      {hidden > 0 && <span className="count">{t('thread.hidden', { count: hidden })}</span>}
      {earlier.isError && <Failure error={earlier.error} />}
    </div>
  );
}
