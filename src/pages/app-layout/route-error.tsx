import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { ErrorState } from '../../components/status';

/** Catches render crashes and unknown routes so one broken page never blanks the app. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  return (
    <main style={{ padding: 24 }}>
      <ErrorState error={new Error(message)} onRetry={() => window.location.reload()} />
      <p>
        <Link to="/">Back to the catalog</Link>
      </p>
    </main>
  );
}
