import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { datasetQueries } from '../../api/datasets';
import styles from './dataset-switcher.module.css';

/** Lists the API's datasets; choosing one opens its model list. */
export function DatasetSwitcher() {
  const { datasetId } = useParams();
  const navigate = useNavigate();
  const datasets = useQuery(datasetQueries.list());

  return (
    <div className={styles.switcher}>
      <label className={styles.switcher}>
        <span className={styles.label}>Dataset</span>
        <select
          className={styles.select}
          value={datasetId ?? ''}
          disabled={!datasets.data}
          onChange={(event) => void navigate(`/datasets/${encodeURIComponent(event.target.value)}/models`)}
        >
          {!datasets.data && (
            <option value={datasetId ?? ''}>{datasets.isError ? 'Datasets unavailable' : 'Loading…'}</option>
          )}
          {/* Without this, the browser would show the first dataset as chosen on a page of none or an unknown one. */}
          {datasets.data && !datasets.data.some((dataset) => dataset.id === datasetId) && (
            <option value={datasetId ?? ''} disabled={!datasetId}>
              {datasetId ? 'Unknown dataset' : 'Choose a dataset'}
            </option>
          )}
          {datasets.data?.map((dataset) => (
            <option key={dataset.id} value={dataset.id}>
              {dataset.name}
            </option>
          ))}
        </select>
      </label>
      {/* The header outlives the page: its own Retry, or it stays empty after the server comes back. */}
      {datasets.isError && !datasets.data && (
        <button
          type="button"
          className={styles.retry}
          aria-label="Retry loading datasets"
          title={datasets.error.message}
          disabled={datasets.isFetching}
          onClick={() => void datasets.refetch()}
        >
          Retry
        </button>
      )}
    </div>
  );
}
