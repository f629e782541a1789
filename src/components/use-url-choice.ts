import { useSearchParams } from 'react-router';

/**
 * One choice among `options` kept in the URL's `param` (README "Evaluations"): reload and shared links keep it.
 * A missing or unknown value reads as the first option (null when there is none); choosing replaces the entry.
 */
export function useUrlChoice(param: string, options: readonly string[]): [string | null, (next: string) => void] {
  const [params, setParams] = useSearchParams();
  const asked = params.get(param);
  const value = asked !== null && options.includes(asked) ? asked : (options[0] ?? null);
  const choose = (next: string) => {
    const search = new URLSearchParams(params);
    search.set(param, next);
    setParams(search, { replace: true, preventScrollReset: true });
  };
  return [value, choose];
}
