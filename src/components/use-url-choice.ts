import { useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * One choice among `options` kept in the URL's `param` (README "Evaluations"): reload and shared links keep it.
 * A missing or unknown value reads as the first option (null when there is none); choosing replaces the entry.
 */
export function useUrlChoice(param: string, options: readonly string[]): [string | null, (next: string) => void] {
  const [params, setParams] = useSearchParams();
  const asked = params.get(param);
  // The router applies a URL change in a transition: the choice shows at once (a radio stays checked after its
  // click), and any later change of the URL (Back, a link) wins again.
  const [local, setLocal] = useState({ chosen: null as string | null, asked });
  if (local.asked !== asked) setLocal({ chosen: null, asked });
  const wanted = local.asked === asked && local.chosen !== null ? local.chosen : asked;
  const value = wanted !== null && options.includes(wanted) ? wanted : (options[0] ?? null);
  const choose = (next: string) => {
    setLocal({ chosen: next, asked });
    const search = new URLSearchParams(params);
    search.set(param, next);
    setParams(search, { replace: true, preventScrollReset: true });
  };
  return [value, choose];
}
