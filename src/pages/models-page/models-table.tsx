import {
  columnVisibilityFeature,
  createSortedRowModel,
  FlexRender,
  functionalUpdate,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
  type ColumnDef,
  type Row,
  type SortingState,
} from '@tanstack/react-table';
import { memo, useCallback, useLayoutEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ModelListItem } from '../../api/models';
import { AuditBadge } from '../../components/audit-badge';
import { formatCount, formatDateTime, formatRelative } from '../../components/format';
import { formatAp, meanAp } from '../../components/model-metrics';
import styles from './models-table.module.css';
import { PinButton } from '../../components/pin-button';
import { useRowWindow } from './use-row-window';

const features = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
});
type Features = typeof features;

/** Lists longer than this (everything loaded) render only the rows in view. */
export const VIRTUALIZE_AFTER = 100;
/** Every row has this height (CSS keeps it), so windowing needs no measuring. */
const ROW_HEIGHT = 44;

function Time({ iso }: { iso: string | null | undefined }) {
  if (!iso) return <span className={styles.muted}>—</span>;
  return (
    <time dateTime={iso} title={formatDateTime(iso)}>
      {formatRelative(iso)}
    </time>
  );
}

const numeric = { sortFn: 'basic', sortUndefined: 'last' } as const;

const columns: ColumnDef<Features, ModelListItem>[] = [
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
    cell: ({ row }) => <code className={styles.code}>{row.original.baselineModel}</code>,
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
          <span className={map == null ? styles.muted : styles.apNumber}>{formatAp(map)}</span>
          <AuditBadge map={map} />
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

/** Column ids and labels, for the column menu and the URL's sort. */
export const MODEL_COLUMNS = columns.map((c) => ({ id: c.id ?? '', label: String(c.header) }));
export const HIDEABLE_COLUMNS = MODEL_COLUMNS.filter((c) => c.id !== 'name');

type Item =
  { kind: 'row'; row: Row<Features, ModelListItem> } | { kind: 'group'; key: string; label: string; count: number };

const NO_VALUE = '(none)';

function groupLabel(value: unknown): string {
  if (value === undefined || value === null || value === '') return NO_VALUE;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Group headers followed by their rows; groups in name order, "(none)" last, rows keep the sort. */
function toItems(rows: Row<Features, ModelListItem>[], groupBy: string | null): Item[] {
  if (!groupBy) return rows.map((row) => ({ kind: 'row', row }));
  const groups = new Map<string, Row<Features, ModelListItem>[]>();
  for (const row of rows) {
    const label = groupLabel(row.original.meta?.[groupBy]);
    const members = groups.get(label);
    if (members) members.push(row);
    else groups.set(label, [row]);
  }
  const labels = [...groups.keys()].sort((a, b) =>
    a === NO_VALUE ? 1 : b === NO_VALUE ? -1 : a.localeCompare(b, 'en', { numeric: true }),
  );
  return labels.flatMap((label) => {
    const members = groups.get(label) ?? [];
    return [
      { kind: 'group', key: `group:${label}`, label, count: members.length } as const,
      ...members.map((row) => ({ kind: 'row', row }) as const),
    ];
  });
}

export interface ModelsTableProps {
  /** Undefined while the first page loads: skeleton rows. */
  models: readonly ModelListItem[] | undefined;
  sorting: SortingState;
  onSortingChange: (sorting: SortingState) => void;
  hiddenColumns: ReadonlySet<string>;
  groupBy: string | null;
  selected: ReadonlySet<string>;
  /** Select or deselect these models (one, a shift-click range, or the whole page). */
  onSelect: (models: ModelListItem[], selected: boolean) => void;
  /** Rows shown are from the previous view while the next one loads. */
  stale?: boolean;
}

interface ModelRowProps {
  row: Row<Features, ModelListItem>;
  /** aria-rowindex when only a window of the rows is rendered. */
  rowIndex: number | undefined;
  isSelected: boolean;
  /** The visible columns; a change redraws the row's cells. */
  columnIds: string;
  onToggle: (model: ModelListItem, checked: boolean, event: MouseEvent<HTMLInputElement>) => void;
  onOpen: (event: KeyboardEvent<HTMLTableRowElement>, model: ModelListItem) => void;
}

/** One model; memoised, so scrolling a long list renders only the rows that come into view. */
const ModelRow = memo(function ModelRow({ row, rowIndex, isSelected, onToggle, onOpen }: ModelRowProps) {
  const model = row.original;
  return (
    <tr
      tabIndex={0}
      aria-rowindex={rowIndex}
      className={isSelected ? styles.selected : undefined}
      onKeyDown={(event) => onOpen(event, model)}
    >
      <td className={styles.check}>
        <input
          type="checkbox"
          aria-label={`Select ${model.name}`}
          checked={isSelected}
          onChange={() => undefined}
          onClick={(event) => onToggle(model, event.currentTarget.checked, event)}
        />
      </td>
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id} className={styles[cell.column.id]}>
          <FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  );
});

/** The model list: sortable columns, selection with shift-click ranges, meta groups, virtual rows when long. */
export function ModelsTable({
  models,
  sorting,
  onSortingChange,
  hiddenColumns,
  groupBy,
  selected,
  onSelect,
  stale = false,
}: ModelsTableProps) {
  const navigate = useNavigate();
  const data = useMemo(() => (models ? [...models] : []), [models]);
  const columnVisibility = useMemo(
    () => Object.fromEntries([...hiddenColumns].map((id) => [id, false])),
    [hiddenColumns],
  );
  const table = useTable({
    features,
    columns,
    data,
    getRowId: (m) => m.id,
    state: { sorting, columnVisibility },
    onSortingChange: (updater) => onSortingChange(functionalUpdate(updater, sorting)),
  });
  const rows = table.getRowModel().rows;
  const items = useMemo(() => toItems(rows, groupBy), [rows, groupBy]);
  // Rows in the order shown (groups reorder them): shift-click ranges follow what the user sees.
  const shownRows = useMemo(() => items.flatMap((item) => (item.kind === 'row' ? [item.row] : [])), [items]);
  const visibleColumns = table.getVisibleLeafColumns();
  const columnCount = visibleColumns.length + 1;

  const scrollRef = useRef<HTMLDivElement>(null);
  const rowWindow = useRowWindow(scrollRef, items.length, ROW_HEIGHT, items.length > VIRTUALIZE_AFTER);
  const first = rowWindow?.start ?? 0;
  const shown = rowWindow ? items.slice(rowWindow.start, rowWindow.end) : items;
  const padTop = rowWindow?.padTop ?? 0;
  const padBottom = rowWindow?.padBottom ?? 0;

  // Shift-click selects the range from the last clicked row, in the order shown. The handler reads
  // the latest rows through a ref, so it stays the same function and memoised rows stay untouched.
  const anchor = useRef<string | null>(null);
  const latest = useRef({ shownRows, onSelect });
  useLayoutEffect(() => {
    latest.current = { shownRows, onSelect };
  }, [shownRows, onSelect]);
  const toggleRow = useCallback((model: ModelListItem, checked: boolean, event: MouseEvent<HTMLInputElement>) => {
    const { shownRows: order, onSelect: select } = latest.current;
    const from = anchor.current ? order.findIndex((r) => r.id === anchor.current) : -1;
    const to = order.findIndex((r) => r.id === model.id);
    anchor.current = model.id;
    if (event.shiftKey && from >= 0 && to >= 0) {
      const [start, end] = from < to ? [from, to] : [to, from];
      select(
        order.slice(start, end + 1).map((r) => r.original),
        checked,
      );
    } else {
      select([model], checked);
    }
  }, []);
  const selectedOnPage = useMemo(() => rows.filter((r) => selected.has(r.id)).length, [rows, selected]);
  const allOnPage = rows.length > 0 && selectedOnPage === rows.length;

  const openOnEnter = useCallback(
    (event: KeyboardEvent<HTMLTableRowElement>, model: ModelListItem) => {
      if (event.key !== 'Enter' || event.target !== event.currentTarget) return;
      void navigate(`/datasets/${encodeURIComponent(model.datasetId)}/models/${encodeURIComponent(model.id)}`);
    },
    [navigate],
  );
  const columnIds = visibleColumns.map((c) => c.id).join();

  return (
    <div ref={scrollRef} className={`${styles.scroll} ${rowWindow ? styles.virtual : ''} ${stale ? styles.stale : ''}`}>
      <table
        className={styles.table}
        aria-rowcount={rowWindow ? items.length + 1 : undefined}
        aria-busy={models === undefined || stale}
      >
        <thead>
          <tr>
            <th scope="col" className={styles.check}>
              <input
                type="checkbox"
                aria-label="Select all on this page"
                checked={allOnPage}
                ref={(el) => {
                  if (el) el.indeterminate = selectedOnPage > 0 && !allOnPage;
                }}
                disabled={rows.length === 0}
                onChange={(event) =>
                  onSelect(
                    rows.map((r) => r.original),
                    event.target.checked,
                  )
                }
              />
            </th>
            {table.getHeaderGroups()[0]?.headers.map((header) => {
              const sortedAs = header.column.getIsSorted();
              return (
                <th
                  key={header.id}
                  scope="col"
                  className={styles[header.column.id]}
                  aria-sort={sortedAs === 'asc' ? 'ascending' : sortedAs === 'desc' ? 'descending' : undefined}
                >
                  <button
                    type="button"
                    className={styles.sort}
                    onClick={header.column.getToggleSortingHandler()}
                    title={`Sort by ${String(header.column.columnDef.header)}`}
                  >
                    <table.FlexRender header={header} />
                    <span className={styles.arrow} aria-hidden="true">
                      {sortedAs === 'asc' ? '▲' : sortedAs === 'desc' ? '▼' : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {models === undefined &&
            Array.from({ length: 8 }, (_, i) => (
              <tr key={i} className={styles.skeletonRow} aria-hidden="true">
                {Array.from({ length: columnCount }, (_, j) => (
                  <td key={j}>
                    <span className={styles.skeleton} />
                  </td>
                ))}
              </tr>
            ))}
          {padTop > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columnCount} style={{ height: padTop, padding: 0 }} />
            </tr>
          )}
          {shown.map((item, offset) => {
            if (item.kind === 'group') {
              return (
                <tr
                  key={item.key}
                  className={styles.groupRow}
                  aria-rowindex={rowWindow ? first + offset + 2 : undefined}
                >
                  <th scope="colgroup" colSpan={columnCount}>
                    <span className={styles.groupKey}>{groupBy}</span> {item.label}
                    <span className={styles.groupCount}>{formatCount(item.count)}</span>
                  </th>
                </tr>
              );
            }
            return (
              <ModelRow
                key={item.row.id}
                row={item.row}
                rowIndex={rowWindow ? first + offset + 2 : undefined}
                isSelected={selected.has(item.row.id)}
                columnIds={columnIds}
                onToggle={toggleRow}
                onOpen={openOnEnter}
              />
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columnCount} style={{ height: padBottom, padding: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
