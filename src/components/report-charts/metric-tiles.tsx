import type { ReportShape } from '../../api/report-shapes';
import { formatReportNumber } from './report-colors';
import styles from './report-charts.module.css';

type MetricValue = ReportShape<'METRICS'>['data'][number]['value'];

function MetricValueText({ value }: { value: MetricValue }) {
  if (typeof value === 'number') return <>{formatReportNumber(value)}</>;
  if (typeof value === 'string') return <>{value}</>;
  if (typeof value === 'boolean') return <>{value ? 'yes' : 'no'}</>;
  // An object value: its fields as short "key: value" lines.
  return (
    <span className={styles.metricObject}>
      {Object.entries(value).map(([key, inner]) => (
        <span key={key}>
          {key}:{' '}
          {typeof inner === 'number'
            ? formatReportNumber(inner)
            : typeof inner === 'string'
              ? inner
              : JSON.stringify(inner)}
        </span>
      ))}
    </span>
  );
}

/** METRICS: one tile per key, the value large. Terms and definitions, so each value is read with its name. */
export function MetricTiles({ data }: { data: ReportShape<'METRICS'>['data'] }) {
  return (
    <dl className={styles.tiles}>
      {data.map((metric) => (
        <div key={metric.key} className={styles.tile}>
          <dt className={styles.tileKey}>{metric.key}</dt>
          <dd className={styles.tileValue}>
            <MetricValueText value={metric.value} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
