import { useTranslation } from 'react-i18next';
import type { usePeriod } from './use-period.js';

/** From and To of the period on screen; reports, exports and emails all use exactly it. */
export function PeriodPicker({ period }: { period: ReturnType<typeof usePeriod> }) {
  const { t } = useTranslation('reports');
  return (
    <>
      <label>
        {t('from')}
        <input
          type="date"
          value={period.from}
          max={period.to}
          onChange={(e) => e.target.value && period.setFrom(e.target.value)}
        />
      </label>
      <label>
        {t('to')}
        <input
          type="date"
          value={period.to}
          min={period.from}
          onChange={(e) => e.target.value && period.setTo(e.target.value)}
        />
      </label>
    </>
  );
}
