import styles from './app-layout.module.css';
import type { ThemeChoice } from './theme';

const CHOICES: ReadonlyArray<[ThemeChoice, string]> = [
  ['system', 'System'],
  ['light', 'Light'],
  ['dark', 'Dark'],
];

/** System, light or dark colours for the whole app. */
export function ThemeSwitch({ theme, onChange }: { theme: ThemeChoice; onChange: (theme: ThemeChoice) => void }) {
  return (
    <select
      className={styles.themeSelect}
      aria-label="Theme"
      title="Theme"
      value={theme}
      onChange={(event) => onChange(event.target.value as ThemeChoice)}
    >
      {CHOICES.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </select>
  );
}
