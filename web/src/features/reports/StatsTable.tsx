import { formatters, NONE } from './format.js';
import type { MetricLine } from './metrics.js';

/** Each metric in its unit, with its median and p90 beside the average where the API has them. */
export function StatsTable({ lines, caption }: { lines: MetricLine[]; caption: string }) {
  if (!lines.length) return null;
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
        {lines.map((l) => {
          const format = formatters[l.unit];
          return (
            <tr key={l.label}>
              <th scope="row">{l.label}</th>
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
