// Chips of one enum (status, task type) in a URL parameter, as the model list and the Evaluations list keep
// them (README "Newer-API models in the dashboard", "Evaluations"). Data only: list loaders read it.
import type { ChipState } from './filter-chips';

/** The values asked for (`must`) and those left out (`not`). */
export type ValueChips<T extends string> = Partial<Record<T, Exclude<ChipState, 'any'>>>;

/** `status=COMPLETED,-FAILED`: a leading minus means "not"; unknown values are dropped. */
export function readValueChips<T extends string>(value: string | null, allowed: readonly T[]): ValueChips<T> {
  const chips: ValueChips<T> = {};
  for (const token of (value ?? '').split(',')) {
    const not = token.startsWith('-');
    const name = (not ? token.slice(1) : token) as T;
    if (allowed.includes(name)) chips[name] = not ? 'not' : 'must';
  }
  return chips;
}

export function writeValueChips<T extends string>(params: URLSearchParams, key: string, chips: ValueChips<T>) {
  const tokens = Object.entries(chips).map(([name, state]) => (state === 'not' ? `-${name}` : name));
  if (tokens.length > 0) params.set(key, tokens.join(','));
}
