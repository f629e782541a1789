import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { datasetQueries } from '../api/datasets';
import styles from './dataset-switcher.module.css';

/** Lists the API's datasets; choosing one opens its model list. */
export function DatasetSwitcher() {
  const { datasetId } = useParams();
  const navigate = useNavigate();
  const datasets = useQuery(datasetQueries.list());

  return (
    <label className={styles.switcher}>
      <span className={styles.label}>Dataset</span>
      <select
        className={styles.select}
        value={datasetId ?? ''}
        disabled={!datasets.data}
        onChange={(event) => void navigate(`/datasets/${encodeURIComponent(event.target.value)}/models`)}
      >
        {!datasetId && <option value="">{datasets.isPending ? 'Loading…' : 'Choose a dataset'}</option>}
        {datasets.data?.map((dataset) => (
          <option key={dataset.id} value={dataset.id}>
            {dataset.name}
          </option>
        ))}
      </select>
    </label>
  );
}
