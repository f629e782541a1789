import { functionalUpdate, useTable, type ColumnDef, type SortingState } from '@tanstack/react-table';
import { useCallback, useMemo, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import type { ModelListItem } from '../../api/models';
import { formatCount } from '../../components/format';
import { cellClass, COLUMN_WIDTHS, features, NAME_MIN_WIDTH, widthOf, type Features } from './model-columns';
import { ModelRow } from './model-row';
import styles from './models-table.module.css';
import { toRowItems } from './row-items';
import { useRangeSelect } from './use-range-select';
import { useRowWindow } from './use-row-window';

/** Lists longer than this (everything loaded) render only the rows in view. */
const VIRTUALIZE_AFTER = 100;
/** Every row has this height (CSS keeps it), so windowing needs no measuring. */
const ROW_HEIGHT = 44;

export interface ModelsTableProps {
  /** Undefined while the first page loads: skeleton rows. */
  models: readonly ModelListItem[] | undefined;
  /** The columns (./model-columns modelColumns). */
  columns: ColumnDef<Features, ModelListItem>[];
  sorting: SortingState;
  /** The server sorted the rows (orderBy): they keep its order. */
  sortedByServer?: boolean;
  onSortingChange: (sorting: SortingState) => void;
  hiddenColumns: ReadonlySet<string>;
  groupBy: string | null;
  /** Ids of the selected models. */
  selected: ReadonlySet<string>;
  /** Select or deselect these models (one, a shift-click range, or the whole page). */
  onSelect: (models: ModelListItem[], selected: boolean) => void;
  /** Rows shown are from the previous view while the next one loads. */
  stale?: boolean;
}

/** The model list: sortable columns, selection with shift-click ranges, meta groups, virtual rows when long. */
export function ModelsTable({
  models,
  columns,
  sorting,
  sortedByServer = false,
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
    manualSorting: sortedByServer,
    onSortingChange: (updater) => onSortingChange(functionalUpdate(updater, sorting)),
  });
  const rows = table.getRowModel().rows;
  const items = useMemo(() => toRowItems(rows, groupBy), [rows, groupBy]);
  // Rows in the order shown (groups reorder them): shift-click ranges follow what the user sees.
  const shownRows = useMemo(() => items.flatMap((item) => (item.kind === 'row' ? [item.row] : [])), [items]);
  const visibleColumns = table.getVisibleLeafColumns();
  const columnCount = visibleColumns.length + 1;
  // Below this width the table scrolls sideways in its own box instead of squeezing the name.
  const minWidth = visibleColumns.reduce((sum, c) => sum + widthOf(c.id), COLUMN_WIDTHS.check ?? 0);

  const scrollRef = useRef<HTMLDivElement>(null);
  const rowWindow = useRowWindow(scrollRef, items.length, ROW_HEIGHT, items.length > VIRTUALIZE_AFTER);
  const first = rowWindow?.start ?? 0;
  const shown = rowWindow ? items.slice(rowWindow.start, rowWindow.end) : items;
  const padTop = rowWindow?.padTop ?? 0;
  const padBottom = rowWindow?.padBottom ?? 0;

  const toggleRow = useRangeSelect(shownRows, onSelect);
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
        style={{ '--table-min-width': `${minWidth + NAME_MIN_WIDTH}px` } as CSSProperties}
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
                  className={cellClass(header.column.id)}
                  style={{ width: widthOf(header.column.id) || undefined }}
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
                {[{ id: 'check' }, ...visibleColumns].map((column) => (
                  <td key={column.id} className={cellClass(column.id)}>
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
