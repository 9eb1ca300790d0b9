import { useTranslation } from 'react-i18next';
import { Failure, Loading } from '../../components/ui.js';
import { isUnavailable } from '../../lib/api.js';

/** Loading, the reporting service missing (404/503), or another failure; null when the data is there. */
export function ReportState({ query }: { query: { isPending: boolean; isError: boolean; error: unknown } }) {
  const { t } = useTranslation('reports');
  if (query.isPending) return <Loading />;
  if (!query.isError) return null;
  if (isUnavailable(query.error))
    return (
      <p className="unavailable" role="status">
        {t('unavailable')}
      </p>
    );
  return <Failure error={query.error} />;
}
