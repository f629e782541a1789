// Which models a compare URL asks for (?ids=a,b,c). Kept apart from the rest of the view state
// (compare-view.ts) because the route's loader, which is in the entry chunk, needs only this.

/** More models than this make bars too thin and columns too narrow to read. */
export const MAX_COMPARED = 12;

export interface ComparedIds {
  /** Every requested id, deduplicated, in URL order. */
  requestedIds: string[];
  /** The first MAX_COMPARED of them: the ones compared. */
  ids: string[];
}

export function readComparedIds(params: URLSearchParams): ComparedIds {
  const requestedIds = [
    ...new Set(
      params
        .getAll('ids')
        .flatMap((value) => value.split(','))
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
  return { requestedIds, ids: requestedIds.slice(0, MAX_COMPARED) };
}
