import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { sessionQueries, useSignIn } from '../../api/session';
import { Button } from '../../components/button';
import { PageTitle } from '../../components/page-title';
import { PageSkeleton } from '../../components/status';
import styles from './sign-in-page.module.css';

/** Only paths on this site: `next` comes from the URL, so it must not send the user elsewhere. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}

export function SignInPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const session = useQuery(sessionQueries.current());
  const signIn = useSignIn();

  if (session.isPending) return <PageSkeleton rows={3} />;
  // Signed in (or no sign-in needed): a successful sign-in updates the session and lands here too.
  if (session.data && (!session.data.required || session.data.authenticated)) {
    return <Navigate to={next} replace />;
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value : '';
    };
    signIn.mutate({ accessKey: text('accessKey').trim(), accessKeySecret: text('secret') });
  };

  return (
    <div className={styles.page}>
      <PageTitle page="Sign in" />
      <form className={styles.card} onSubmit={onSubmit} aria-labelledby="sign-in-title">
        <div className={styles.brand}>
          <span aria-hidden className={styles.logo}>
            ◆
          </span>
          Model Catalog
        </div>
        <h1 id="sign-in-title" className={styles.title} tabIndex={-1}>
          Sign in
        </h1>
        <p className={styles.hint}>Use an access key of this catalog, as for the Superb AI SDK.</p>
        <label className={styles.field}>
          <span>Access key</span>
          <input name="accessKey" autoComplete="username" required autoFocus spellCheck={false} />
        </label>
        <label className={styles.field}>
          <span>Secret</span>
          <input name="secret" type="password" autoComplete="current-password" required />
        </label>
        {signIn.isError && (
          <p role="alert" className={styles.error}>
            {signIn.error.message}
          </p>
        )}
        <Button type="submit" variant="primary" disabled={signIn.isPending} className={styles.submit}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
    </div>
  );
}
