import { Link } from 'react-router';
import styles from './model-form.module.css';

interface FormPageHeaderProps {
  /** Links leading to this page, outermost first. */
  crumbs: ReadonlyArray<{ to: string; label: string }>;
  title: string;
  description: string;
}

/** Breadcrumbs, title and one line on what the form is for. */
export function FormPageHeader({ crumbs, title, description }: FormPageHeaderProps) {
  return (
    <header className={styles.pageHeader}>
      <nav aria-label="Breadcrumb">
        <ol className={styles.crumbs}>
          {crumbs.map((crumb) => (
            <li key={crumb.to}>
              <Link to={crumb.to}>{crumb.label}</Link>
            </li>
          ))}
        </ol>
      </nav>
      <h1 className={styles.pageTitle} tabIndex={-1}>
        {title}
      </h1>
      <p className={styles.pageText}>{description}</p>
    </header>
  );
}
