import { buttonClass } from '../../components/button';
import styles from './model-weights.module.css';
import { safeHttpUrl } from './safe-url';

interface ModelWeightsProps {
  content: { id: string; downloadURL?: string | null } | null | undefined;
}

/** The weights' content id and download link; a URL that is not http(s) is shown as text, never linked. */
export function ModelWeights({ content }: ModelWeightsProps) {
  if (!content) return <p className={styles.muted}>No weights attached</p>;
  const href = safeHttpUrl(content.downloadURL);
  return (
    <div className={styles.weights}>
      <dl className={styles.fields}>
        <dt>Content ID</dt>
        <dd>
          <code>{content.id}</code>
        </dd>
      </dl>
      {href ? (
        <a href={href} className={buttonClass('secondary', 'sm')} target="_blank" rel="noopener noreferrer" download>
          Download weights
        </a>
      ) : content.downloadURL ? (
        <div className={styles.unsafe}>
          <p className={styles.muted}>The download address is not a web link, so it is shown as text:</p>
          <code>{content.downloadURL}</code>
        </div>
      ) : (
        <p className={styles.muted}>No download link available.</p>
      )}
    </div>
  );
}
