import { FlexRender } from '@tanstack/react-table';
import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import type { ModelListItem } from '../../api/models';
import type { ModelRowModel } from './row-items';
import styles from './models-table.module.css';
import { cellClass } from './model-columns';

interface ModelRowProps {
  row: ModelRowModel;
  /** aria-rowindex when only a window of the rows is rendered. */
  rowIndex: number | undefined;
  isSelected: boolean;
  /** The visible columns; a change redraws the row's cells. */
  columnIds: string;
  onToggle: (model: ModelListItem, checked: boolean, event: MouseEvent<HTMLInputElement>) => void;
  onOpen: (event: KeyboardEvent<HTMLTableRowElement>, model: ModelListItem) => void;
}

/** One model; memoised, so scrolling a long list renders only the rows that come into view. */
export const ModelRow = memo(function ModelRow({ row, rowIndex, isSelected, onToggle, onOpen }: ModelRowProps) {
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
        <td key={cell.id} className={cellClass(cell.column.id)}>
          <FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  );
});
