import { Link } from 'react-router';
import { PageTitle } from '../../components/page-title';
import { EmptyState } from '../../components/status';

export function NotFoundPage() {
  return (
    <EmptyState title="Page not found" page>
      <PageTitle page="Not found" />
      <p>There is nothing at this address.</p>
      <Link to="/">Back to the catalog</Link>
    </EmptyState>
  );
}
