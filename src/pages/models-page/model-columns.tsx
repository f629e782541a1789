import {
  columnVisibilityFeature,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  type ColumnDef,
} from '@tanstack/react-table';
import type { ModelListItem } from '../../api/models';
import { AuditBadge } from '../../components/audit-badge';
import { formatCount, formatDateTime, formatRelative } from '../../components/format';
import { formatAp, meanAp } from '../../components/model-metrics';
import { PinButton } from '../../components/pin-button';
import { Link } from 'react-router';
import styles from './models-table.module.css';

export const features = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});
export type Features = typeof features;

function Time({ iso }: { iso: string | null | undefined }) {
  if (!iso) return <span className={styles.muted}>—</span>;
  return (
    <time dateTime={iso} title={formatDateTime(iso)}>
      {formatRelative(iso)}
    </time>
  );
}

const numeric = { sortFn: 'basic', sortUndefined: 'last' } as const;

export const columns: ColumnDef<Features, ModelListItem>[] = [
  {
    id: 'name',
    header: 'Name',
    accessorFn: (m) => m.name,
    sortFn: 'alphanumeric',
    enableHiding: false,
    cell: ({ row }) => (
      <Link
        className={styles.nameLink}
        to={`/datasets/${encodeURIComponent(row.original.datasetId)}/models/${encodeURIComponent(row.original.id)}`}
        title={row.original.name}
      >
        {row.original.name}
      </Link>
    ),
  },
  {
    id: 'baseline',
    header: 'Baseline',
    accessorFn: (m) => m.baselineModel,
    sortFn: 'alphanumeric',
    cell: ({ row }) => (
      <code className={styles.code} title={row.original.baselineModel ?? undefined}>
        {row.original.baselineModel}
      </code>
    ),
  },
  {
    id: 'status',
    header: 'Status',
    // Trained models sort by when they finished; untrained ones after them.
    accessorFn: (m) => (m.isTrained ? (m.trainedAt ?? '0') : undefined),
    ...numeric,
    cell: ({ row }) =>
      row.original.isTrained ? (
        <span className={styles.statusValue}>
          <span className={`${styles.badge} ${styles.trained}`}>Trained</span>
          {row.original.trainedAt && <Time iso={row.original.trainedAt} />}
        </span>
      ) : (
        <span className={`${styles.badge} ${styles.untrained}`}>Not trained</span>
      ),
  },
  {
    id: 'map',
    header: 'mAP',
    accessorFn: (m) => meanAp(m.trainingClasses) ?? undefined,
    ...numeric,
    cell: ({ row }) => {
      const map = meanAp(row.original.trainingClasses);
      return (
        <span className={styles.mapValue}>
          <AuditBadge map={map} />
          <span className={map == null ? styles.muted : styles.apNumber}>{formatAp(map)}</span>
        </span>
      );
    },
  },
  {
    id: 'classes',
    header: 'Classes',
    accessorFn: (m) => m.trainingClasses.length,
    ...numeric,
    cell: ({ row }) => formatCount(row.original.trainingClasses.length),
  },
  {
    id: 'trainingData',
    header: 'Training data',
    accessorFn: (m) => m.trainingDataCount ?? undefined,
    ...numeric,
    cell: ({ row }) => formatCount(row.original.trainingDataCount),
  },
  {
    id: 'validationData',
    header: 'Validation data',
    accessorFn: (m) => m.validationDataCount ?? undefined,
    ...numeric,
    cell: ({ row }) => formatCount(row.original.validationDataCount),
  },
  {
    id: 'pin',
    header: 'Pin',
    accessorFn: (m) => (m.isPinned ? 1 : 0),
    sortFn: 'basic',
    sortDescFirst: true,
    cell: ({ row }) => <PinButton model={row.original} />,
  },
  {
    id: 'created',
    header: 'Created',
    accessorFn: (m) => m.createdAt,
    sortFn: 'basic',
    sortDescFirst: true,
    cell: ({ row }) => <Time iso={row.original.createdAt} />,
  },
  {
    id: 'updated',
    header: 'Updated',
    accessorFn: (m) => m.updatedAt ?? undefined,
    ...numeric,
    sortDescFirst: true,
    cell: ({ row }) => <Time iso={row.original.updatedAt} />,
  },
];

/**
 * Each column's width in px; the name takes what is left, at least NAME_MIN_WIDTH. The default columns
 * fit a 1280 px window (the table's box is 1230 px there); shown extra columns scroll inside the table.
 */
export const COLUMN_WIDTHS: Readonly<Record<string, number>> = {
  check: 44,
  baseline: 132,
  status: 180,
  map: 132,
  classes: 92,
  trainingData: 140,
  validationData: 152,
  pin: 56,
  created: 116,
  updated: 116,
};
export const NAME_MIN_WIDTH = 180;

/** Column ids and labels, for the column menu and the URL's sort. */
export const MODEL_COLUMNS = columns.map((c) => ({ id: c.id ?? '', label: String(c.header) }));
export const HIDEABLE_COLUMNS = MODEL_COLUMNS.filter((c) => c.id !== 'name');
/** Columns of what only the first generation records (a proxied newer-API host has neither). */
export const FIRST_GENERATION_COLUMNS: ReadonlySet<string> = new Set(['baseline', 'map']);
