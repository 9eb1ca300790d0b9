import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Empty } from '../../components/ui.js';
import { formatDayLabel, formatters, type Unit } from './format.js';

/** Distinct hues, told apart also by colour-blind readers (Okabe–Ito). */
const colors = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9'];

export type Series<T> = { name: string; value: (row: T) => number | null };

type Props<T> = { rows: T[]; x: (row: T) => string; series: Series<T>[]; unit: Unit; label: string };

/** Lines of one unit over the report's days or buckets: counts and durations never share an axis. */
export function TrendChart<T>({ rows, x, series, unit, label }: Props<T>) {
  const { t } = useTranslation('reports');
  if (!rows.length) return <Empty>{t('noData')}</Empty>;
  const format = formatters[unit];
  const data = rows.map((r) => ({
    x: x(r),
    ...Object.fromEntries(series.map((s) => [s.name, s.value(r)])),
  }));
  return (
    <figure className="chart" aria-label={label}>
      <figcaption>{label}</figcaption>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e3e7ef" />
          <XAxis dataKey="x" tickFormatter={formatDayLabel} fontSize={12} />
          <YAxis
            fontSize={12}
            width={64}
            allowDecimals={unit !== 'count'}
            tickFormatter={(v: number) => format(v)}
          />
          <Tooltip labelFormatter={(v) => formatDayLabel(String(v))} formatter={(v) => format(Number(v))} />
          <Legend />
          {series.map((s, i) => (
            <Line
              key={s.name}
              type="monotone"
              dataKey={s.name}
              stroke={colors[i % colors.length]}
              strokeWidth={2}
              dot={rows.length < 32}
              connectNulls
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
