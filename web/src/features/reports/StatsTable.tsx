import { formatNumber, humanize, type Stat } from './report-shapes.js';

/** Averages with their median and p90 beside them. */
export function StatsTable({ stats, caption }: { stats: Stat[]; caption: string }) {
  if (!stats.length) return null;
  return (
    <table className="grid compact">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Metric</th>
          <th scope="col">Average / total</th>
          <th scope="col">Median</th>
          <th scope="col">P90</th>
        </tr>
      </thead>
      <tbody>
        {stats.map((s) => (
          <tr key={s.metric}>
            <th scope="row">{humanize(s.metric)}</th>
            <td>{formatNumber(s.average)}</td>
            <td>{s.median === undefined ? '—' : formatNumber(s.median)}</td>
            <td>{s.p90 === undefined ? '—' : formatNumber(s.p90)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
