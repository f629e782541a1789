import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { ErrorState } from '../../components/status';

/**
 * Catches render crashes so one broken page never blanks the app: inside the layout below its header, or
 * `standalone` (its own main landmark) when the layout itself failed.
 */
export function RouteError({ standalone = false }: { standalone?: boolean }) {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'Unknown error';
  const body = (
    <>
      <ErrorState error={new Error(message)} onRetry={() => window.location.reload()} />
      <p>
        <Link to="/">Back to the catalog</Link>
      </p>
    </>
  );
  return standalone ? <main style={{ padding: 24 }}>{body}</main> : body;
}
