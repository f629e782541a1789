import { useQuery } from '@tanstack/react-query';
import { MAX_PAGE_LENGTH, type ModelListItem } from '../../api/models';
import { modelQueries } from '../../api/models.queries';
import { useDebouncedValue } from '../use-debounced-value';

const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/**
 * Another model of the dataset with this name (ignoring case), or null. The API allows duplicate names
 * (README "Create / edit"), so the form only warns. The check reads the first page of name matches, newest
 * first: enough for any name that is not a substring of fifty others.
 */
export function useDuplicateName(datasetId: string, name: string, ownId?: string): ModelListItem | null {
  const nameContains = useDebouncedValue(name.trim(), 300);
  const matches = useQuery({
    ...modelQueries.list(datasetId, { filter: { must: { nameContains } }, cursor: null, length: MAX_PAGE_LENGTH }),
    enabled: nameContains !== '',
  });
  if (nameContains === '' || !sameName(nameContains, name.trim())) return null;
  return matches.data?.models.find((m) => m.id !== ownId && sameName(m.name, nameContains)) ?? null;
}
