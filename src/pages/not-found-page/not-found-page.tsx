import { Link } from 'react-router';
import { EmptyState } from '../../components/status';

export function NotFoundPage() {
  return (
    <EmptyState title="Page not found">
      <p>There is nothing at this address.</p>
      <Link to="/">Back to the catalog</Link>
    </EmptyState>
  );
}
