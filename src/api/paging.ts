/** One page of a cursor-paginated list: its items and the cursor of the next page (null on the last). */
interface Page<T> {
  items: readonly T[];
  next: string | null | undefined;
}

/** Every item of a cursor-paginated list, asking page after page until the API says there is no next one. */
export async function walkPages<T>(
  fetchPage: (cursor: string | null) => Promise<Page<T>>,
  signal?: AbortSignal,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    signal?.throwIfAborted();
    const page: Page<T> = await fetchPage(cursor);
    items.push(...page.items);
    cursor = page.next ?? null;
  } while (cursor);
  return items;
}
