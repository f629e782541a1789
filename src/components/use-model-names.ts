import { useQuery } from '@tanstack/react-query';
import { modelQueries } from '../api/models.queries';

/**
 * The names of these models by id, null for an id the dataset no longer has (a deleted model an evaluation still
 * names); undefined while they load.
 */
export function useModelNames(datasetId: string, ids: readonly string[]): Map<string, string | null> | undefined {
  const unique = [...new Set(ids)].sort();
  return useQuery({
    ...modelQueries.byIds(datasetId, unique),
    enabled: unique.length > 0,
    select: (found) =>
      new Map<string, string | null>([
        ...found.models.map((m): [string, string | null] => [m.id, m.name]),
        ...found.notFound.map((id): [string, null] => [id, null]),
      ]),
  }).data;
}
