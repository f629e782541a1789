import {
  columnVisibilityFeature,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  type ColumnDef,
} from '@tanstack/react-table';
import type { ModelStatus } from '../../api/gql/graphql';
import type { ModelListItem } from '../../api/models';
import { formatScore, scoreLabel } from '../../components/model-score';
import { isTrainingRecord, StatusBadge, TASK_TYPE_LABELS } from '../../components/model-status';
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

/** The first generation's status: trained (and when) or not. */
function TrainedStatus({ model }: { model: ModelListItem }) {
  return model.isTrained ? (
    <span className={styles.statusValue}>
      <span className={`${styles.badge} ${styles.trained}`}>Trained</span>
      {model.trainedAt && <Time iso={model.trainedAt} />}
    </span>
  ) : (
    <span className={`${styles.badge} ${styles.untrained}`}>Not trained</span>
  );
}

const numeric = { sortFn: 'basic', sortUndefined: 'last' } as const;

const FIRST_GENERATION_COLUMNS: ColumnDef<Features, ModelListItem>[] = [
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
    cell: ({ row }) =>
      row.original.baselineModel ? (
        <code className={styles.code} title={row.original.baselineModel}>
          {row.original.baselineModel}
        </code>
      ) : (
        '—'
      ),
  },
  {
    id: 'status',
    header: 'Status',
    // Trained models sort by when they finished; untrained ones after them.
    accessorFn: (m) => (m.isTrained ? (m.trainedAt ?? '0') : undefined),
    ...numeric,
    cell: ({ row }) => <TrainedStatus model={row.original} />,
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
  taskType: 168,
  score: 120,
  completed: 116,
};
/** A column's width in px (every training-parameter column: 120), 0 for the name. */
export const widthOf = (id: string) => COLUMN_WIDTHS[id] ?? (id.startsWith(PARAM_PREFIX) ? 120 : 0);

/** A cell's class: its column's, or the one all training-parameter columns share. */
export const cellClass = (id: string) => styles[id.startsWith(PARAM_PREFIX) ? 'param' : id];
export const NAME_MIN_WIDTH = 180;

/** Ids of columns of what only the first generation records (a proxied newer-API host has neither). */
export const FIRST_GENERATION_ONLY: ReadonlySet<string> = new Set(['baseline', 'map']);

/** Training-parameter columns are `param:<key>`: shown only when the URL's `columns=` names them. */
export const PARAM_PREFIX = 'param:';

const STATUS_ORDER: readonly ModelStatus[] = ['FAILED', 'PENDING', 'PREPARING', 'IN_PROGRESS', 'COMPLETED'];

/** A training parameter's value in a cell: text as is, anything else as JSON. */
const paramText = (value: unknown) =>
  value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);

function newerColumns(
  score: { key: string; unit: string | null } | null,
  paramKeys: readonly string[],
): ColumnDef<Features, ModelListItem>[] {
  return [
    {
      id: 'taskType',
      header: 'Task type',
      accessorFn: (m) => (m.taskType ? TASK_TYPE_LABELS[m.taskType] : undefined),
      sortFn: 'alphanumeric',
      sortUndefined: 'last',
      cell: ({ row }) =>
        row.original.taskType ? TASK_TYPE_LABELS[row.original.taskType] : <span className={styles.muted}>—</span>,
    },
    {
      id: 'score',
      header: score ? scoreLabel(score.key, score.unit) : 'Score',
      accessorFn: (m) => m.scoreValue ?? undefined,
      ...numeric,
      cell: ({ row }) => {
        const m = row.original;
        if (m.scoreValue == null) return formatScore(null);
        // Models that score by different keys say which key each value is.
        return score ? (
          formatScore(m.scoreValue)
        ) : (
          <span title={scoreLabel(m.scoreKey, m.scoreUnit)}>
            {formatScore(m.scoreValue, m.scoreUnit)}
            {m.scoreKey && <span className={styles.scoreKey}> {m.scoreKey}</span>}
          </span>
        );
      },
    },
    {
      id: 'completed',
      header: 'Completed',
      accessorFn: (m) => m.completedAt ?? undefined,
      ...numeric,
      sortDescFirst: true,
      cell: ({ row }) => <Time iso={row.original.completedAt} />,
    },
    ...paramKeys.map((key): ColumnDef<Features, ModelListItem> => ({
      id: `${PARAM_PREFIX}${key}`,
      header: key,
      accessorFn: (m) => {
        const value = m.trainingParameters?.[key];
        return typeof value === 'number' ? value : value === undefined ? undefined : paramText(value);
      },
      sortFn: 'alphanumeric',
      sortUndefined: 'last',
      cell: ({ row }) => {
        const value = row.original.trainingParameters?.[key];
        if (value === undefined) return <span className={styles.muted}>—</span>;
        const text = paramText(value);
        return (
          <span className={typeof value === 'number' ? styles.paramNumber : styles.code} title={text}>
            {text}
          </span>
        );
      },
    })),
  ];
}

/** The Status column with the newer API: a training record's status badge and when it completed (see isTrainingRecord). */
const newerStatus: ColumnDef<Features, ModelListItem> = {
  id: 'status',
  header: 'Status',
  sortFn: 'basic',
  accessorFn: (m) => STATUS_ORDER.indexOf(m.status) * 1e13 + (m.completedAt ? Date.parse(m.completedAt) : 0),
  cell: ({ row }) =>
    isTrainingRecord(row.original) ? (
      <span className={styles.statusValue}>
        <StatusBadge status={row.original.status} />
        {row.original.completedAt && <Time iso={row.original.completedAt} />}
      </span>
    ) : (
      <TrainedStatus model={row.original} />
    ),
};

export interface ColumnChoice {
  /** The server speaks the newer API: status badge, task type, score, completion, training parameters. */
  newer: boolean;
  /** The score key and unit the listed models share (the score column's header), or null. */
  score: { key: string; unit: string | null } | null;
  /** Training-parameter keys of the listed models, offered as columns. */
  paramKeys: readonly string[];
}

/** The list's columns: the first generation's, and the newer API's when the server speaks it. */
export function modelColumns({ newer, score, paramKeys }: ColumnChoice): ColumnDef<Features, ModelListItem>[] {
  if (!newer) return FIRST_GENERATION_COLUMNS;
  const columns = FIRST_GENERATION_COLUMNS.map((c) => (c.id === 'status' ? newerStatus : c));
  // After mAP: the two scores side by side.
  const at = columns.findIndex((c) => c.id === 'map') + 1;
  return [...columns.slice(0, at), ...newerColumns(score, paramKeys), ...columns.slice(at)];
}

/** Column ids and labels, for the column menu and the URL's sort (the score column is "Score" in the menu). */
export const columnOptions = (columns: readonly ColumnDef<Features, ModelListItem>[]) =>
  columns
    .filter((c) => c.id !== 'name')
    .map((c) => ({
      id: c.id ?? '',
      label: c.id === 'score' ? 'Score' : String(c.header),
      optIn: c.id?.startsWith(PARAM_PREFIX),
    }));
