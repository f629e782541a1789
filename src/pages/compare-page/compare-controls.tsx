import { useId, useState } from 'react';
import { describeSort, isDescending, SORT_FIELDS, sortField, type ComparisonSort } from './comparison';
import styles from './compare-page.module.css';

export function ThresholdInput({
  value,
  onChange,
}: {
  value: number | null;
  onChange: (value: number | null) => void;
}) {
  const id = useId();
  const format = (number: number | null) => (number == null ? '' : String(number));
  // While focused it shows what was typed ("0.", "0.0"): `value` comes back through the URL a render
  // later, and showing it meanwhile dropped keys typed in between. Otherwise it shows the URL's value.
  const [typed, setTyped] = useState<string | null>(null);
  return (
    <span className={styles.control}>
      <label htmlFor={id}>Only classes where models differ by more than</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={0}
        max={1}
        step={0.01}
        placeholder="0.00"
        className={styles.number}
        value={typed ?? format(value)}
        onFocus={() => setTyped(format(value))}
        onBlur={() => setTyped(null)}
        onChange={(event) => {
          setTyped(event.target.value);
          const number = event.target.value.trim() === '' ? null : Number(event.target.value);
          if (number == null || (Number.isFinite(number) && number >= 0)) onChange(number);
        }}
      />
      <span className={styles.unit}>AP</span>
    </span>
  );
}

/** Sort field and order; the order in words ("worst delta first") describes both selects. */
export function SortControls({ sort, onChange }: { sort: ComparisonSort; onChange: (sort: ComparisonSort) => void }) {
  const sortId = useId();
  const orderId = useId();
  const descriptionId = useId();
  const field = sortField(sort);
  return (
    <>
      <span className={styles.control}>
        <label htmlFor={sortId}>Sort classes by</label>
        <select
          id={sortId}
          className={styles.select}
          value={field}
          aria-describedby={descriptionId}
          onChange={(event) => onChange(SORT_FIELDS.find((f) => f.field === event.target.value)?.defaultSort ?? 'name')}
        >
          {SORT_FIELDS.map((f) => (
            <option key={f.field} value={f.field}>
              {f.label}
            </option>
          ))}
        </select>
      </span>
      <span className={styles.control}>
        <label htmlFor={orderId}>Order</label>
        <select
          id={orderId}
          className={styles.select}
          value={isDescending(sort) ? 'descending' : 'ascending'}
          aria-describedby={descriptionId}
          onChange={(event) => onChange(event.target.value === 'descending' ? `-${field}` : field)}
        >
          <option value="ascending">Ascending</option>
          <option value="descending">Descending</option>
        </select>
      </span>
      <span id={descriptionId} className={styles.sortNote}>
        Sorted: {describeSort(sort)}
      </span>
    </>
  );
}
