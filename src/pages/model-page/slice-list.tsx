import { formatCount } from '../../components/format';
import styles from './slice-list.module.css';

interface SliceItem {
  id: string;
  name: string;
  description?: string | null;
  dataCount?: number | null;
}

/** Slices by name with their description, id and data count. */
export function SliceList({ slices, emptyText = 'None' }: { slices: readonly SliceItem[]; emptyText?: string }) {
  if (slices.length === 0) return <p className={styles.empty}>{emptyText}</p>;
  return (
    <ul className={styles.list}>
      {slices.map((slice) => (
        <li key={slice.id} className={styles.item}>
          <div className={styles.top}>
            <span className={styles.name}>{slice.name}</span>
            {slice.dataCount != null && <span className={styles.count}>{formatCount(slice.dataCount)} items</span>}
          </div>
          {slice.description && <p className={styles.description}>{slice.description}</p>}
          <code className={styles.id}>{slice.id}</code>
        </li>
      ))}
    </ul>
  );
}
