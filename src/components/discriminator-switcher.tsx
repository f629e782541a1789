import { discriminatorLabel } from './evaluations';
import styles from './discriminator-switcher.module.css';

interface DiscriminatorSwitcherProps {
  /** Tells two switchers on one page apart (radio group names). */
  name?: string;
  discriminatorKey: string | null;
  values: readonly string[];
  value: string;
  onChange: (value: string) => void;
}

/** "IoU 0.5 / 0.75 / 0.9": one radio per discriminator value (arrow keys move between them; README "Evaluations"). */
export function DiscriminatorSwitcher({
  name = 'discriminator',
  discriminatorKey,
  values,
  value,
  onChange,
}: DiscriminatorSwitcherProps) {
  const label = discriminatorLabel(discriminatorKey);
  return (
    <fieldset className={styles.switcher}>
      <legend className={styles.switcherLegend}>{discriminatorKey ?? 'Discriminator'}</legend>
      <div className={styles.options}>
        {values.map((option) => (
          <label key={option} className={`${styles.option} ${option === value ? styles.selected : ''}`}>
            <input
              type="radio"
              name={name}
              value={option}
              checked={option === value}
              onChange={() => onChange(option)}
            />
            {label} {option}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
