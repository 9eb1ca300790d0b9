import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Empty } from '../../components/ui.js';
import { humanize, type Row, seriesOf } from './report-shapes.js';

const colors = ['#2b59c3', '#e0702b', '#2e9d6a', '#a23bb5', '#c8a21a', '#d0435b'];

/** One line per numeric series, over the report's dates or buckets. */
export function TrendChart({ rows, label }: { rows: Row[]; label: string }) {
  const { x, series } = seriesOf(rows);
  if (!rows.length || !x || !series.length) return <Empty>No data for this period.</Empty>;
  return (
    <figure className="chart" aria-label={label}>
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e3e7ef" />
          <XAxis dataKey={x} tickFormatter={(v) => String(v).slice(5, 16)} fontSize={12} />
          <YAxis fontSize={12} />
          <Tooltip />
          <Legend formatter={(v) => humanize(String(v))} />
          {series.map((s, i) => (
            <Line key={s} type="monotone" dataKey={s} stroke={colors[i % colors.length]} dot={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
