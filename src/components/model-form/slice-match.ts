/** How well a name matches the typed text: lower is better; null for no match. */
function matchRank(name: string, query: string): number | null {
  if (query === '') return 0;
  const lower = name.toLowerCase();
  if (lower === query) return 0;
  if (lower.startsWith(query)) return 1;
  let index = lower.indexOf(query);
  if (index < 0) return null;
  for (; index >= 0; index = lower.indexOf(query, index + 1)) {
    // A word starts after anything that is not a letter or digit: "night" in "val-night", "day" in "train_day".
    if (!/[\p{L}\p{N}]/u.test(lower[index - 1] ?? '')) return 2;
  }
  return 3;
}

/**
 * The items whose name contains `search` (ignoring case), best match first: the exact name, then names that
 * start with it, then those with a word that starts with it, then the rest; each group by name.
 */
export function rankByName<T extends { name: string }>(items: readonly T[], search: string): T[] {
  const query = search.trim().toLowerCase();
  return items
    .map((item) => ({ item, rank: matchRank(item.name, query) }))
    .filter((entry): entry is { item: T; rank: number } => entry.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.item.name.localeCompare(b.item.name))
    .map((entry) => entry.item);
}
