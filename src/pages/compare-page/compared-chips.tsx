import { Link } from 'react-router';
import type { ModelDetail } from '../../api/models';
import styles from './compare-page.module.css';
import { modelColor } from './model-palette';

interface ComparedChipsProps {
  datasetId: string;
  models: readonly ModelDetail[];
  baseline: ModelDetail | null;
  /** A model being added is still loading. */
  loading: boolean;
  onRemove: (ids: readonly string[]) => void;
}

/** One chip per compared model in its colour: a link to the model, its tags and a remove button. */
export function ComparedChips({ datasetId, models, baseline, loading, onRemove }: ComparedChipsProps) {
  return (
    <ul className={styles.chips} aria-label="Compared models">
      {models.map((m, i) => (
        <li key={m.id} className={styles.chip}>
          <span className={styles.chipSwatch} style={{ background: modelColor(i) }} aria-hidden="true" />
          <Link to={`/datasets/${encodeURIComponent(datasetId)}/models/${encodeURIComponent(m.id)}`}>{m.name}</Link>
          {m.isPinned && <span className={styles.pinnedTag}>Pinned</span>}
          {m === baseline && models.length >= 2 && <span className={styles.baselineTag}>Baseline</span>}
          <button
            type="button"
            className={styles.remove}
            aria-label={`Remove ${m.name}`}
            title="Remove from the comparison"
            onClick={() => onRemove([m.id])}
          >
            ×
          </button>
        </li>
      ))}
      {loading && <li className={styles.loadingChip}>Loading…</li>}
    </ul>
  );
}
