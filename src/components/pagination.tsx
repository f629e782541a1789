import { Button } from './button';
import { formatCount } from './format';
import styles from './pagination.module.css';

interface PaginationProps {
  /** 0-based index of the shown page. */
  pageIndex: number;
  pageSize: number;
  pageSizes: readonly number[];
  /** Rows on the shown page. */
  rowCount: number;
  totalCount: number;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onPageSizeChange: (size: number) => void;
  disabled?: boolean;
}

/** "1–25 of 1,234" with Previous / Next over server cursor pages and a page-size choice. */
export function Pagination({
  pageIndex,
  pageSize,
  pageSizes,
  rowCount,
  totalCount,
  hasNext,
  onPrevious,
  onNext,
  onPageSizeChange,
  disabled = false,
}: PaginationProps) {
  const first = pageIndex * pageSize + 1;
  const last = pageIndex * pageSize + rowCount;
  return (
    <nav className={styles.pagination} aria-label="Pagination">
      <label className={styles.size}>
        Rows per page
        <select
          value={pageSize}
          onChange={(event) => onPageSizeChange(Number(event.target.value))}
          className={styles.select}
        >
          {pageSizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
      <p className={styles.range} aria-live="polite">
        {rowCount > 0
          ? `${formatCount(first)}–${formatCount(last)} of ${formatCount(totalCount)}`
          : `0 of ${formatCount(totalCount)}`}
      </p>
      <div className={styles.buttons}>
        <Button size="sm" onClick={onPrevious} disabled={disabled || pageIndex === 0} aria-label="Previous page">
          <span aria-hidden="true">‹</span> Previous
        </Button>
        <Button size="sm" onClick={onNext} disabled={disabled || !hasNext} aria-label="Next page">
          Next <span aria-hidden="true">›</span>
        </Button>
      </div>
    </nav>
  );
}
