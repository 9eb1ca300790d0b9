import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui.js';
import type { TicketSentiment } from './api.js';

/** "Upset" beside a listed ticket whose latest customer message reads negative; nothing otherwise. */
export function SentimentBadge({ sentiment }: { sentiment: TicketSentiment | undefined }) {
  const { t } = useTranslation('ai');
  if (sentiment?.sentiment !== 'negative') return null;
  return (
    <Badge tone="sentiment-negative">
      <span aria-hidden="true">☹ </span>
      <span title={t('upsetLabel')} data-testid="sentiment-upset">
        {t('upset')}
      </span>
    </Badge>
  );
}
