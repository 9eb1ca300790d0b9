import { useTranslation } from 'react-i18next';
import { formatters, NONE } from './format.js';
import type { MetricLine } from './metrics.js';

/** Each metric in its unit, with its median and p90 beside the average where the API has them. */
export function StatsTable({ lines, caption }: { lines: MetricLine[]; caption: string }) {
  const { t } = useTranslation('reports');
  if (!lines.length) return null;
  return (
    <table className="grid compact">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('stats.metric')}</th>
          <th scope="col">{t('stats.value')}</th>
          <th scope="col">{t('stats.median')}</th>
          <th scope="col">{t('stats.p90')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => {
          const format = formatters[l.unit];
          return (
            <tr key={l.label}>
              <th scope="row">{t(l.label)}</th>
              <td>{format(l.value)}</td>
              <td>{'median' in l ? format(l.median) : NONE}</td>
              <td>{'p90' in l ? format(l.p90) : NONE}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
