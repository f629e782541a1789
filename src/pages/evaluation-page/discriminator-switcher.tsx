import { discriminatorLabel } from '../../components/evaluations';
import styles from './evaluation-page.module.css';

interface DiscriminatorSwitcherProps {
  discriminatorKey: string | null;
  values: readonly string[];
  value: string;
  onChange: (value: string) => void;
}

/** "IoU 0.5 / 0.75 / 0.9": one radio per discriminator value (arrow keys move between them). */
export function DiscriminatorSwitcher({ discriminatorKey, values, value, onChange }: DiscriminatorSwitcherProps) {
  const label = discriminatorLabel(discriminatorKey);
  return (
    <fieldset className={styles.switcher}>
      <legend className={styles.switcherLegend}>{discriminatorKey ?? 'Discriminator'}</legend>
      <div className={styles.options}>
        {values.map((option) => (
          <label key={option} className={`${styles.option} ${option === value ? styles.selected : ''}`}>
            <input
              type="radio"
              name="discriminator"
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
