// Which fields a query selects below a list field, so a page can load its children up front.
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from '../graphql';

function eachField(
  set: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
  visit: (name: string, set: SelectionSetNode | undefined) => void,
) {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) visit(selection.name.value, selection.selectionSet);
    else if (selection.kind === Kind.INLINE_FRAGMENT) eachField(selection.selectionSet, info, visit);
    else eachField(info.fragments[selection.name.value]?.selectionSet, info, visit);
  }
}

/**
 * Names selected at `path` below the current field, e.g. ['models'] for the fields of a page's
 * models, ['models', 'trainingClasses'] for those of their classes. Directives are not evaluated:
 * a field under @skip still counts, so loading by this never misses a field that is resolved.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let sets = info.fieldNodes.map((node) => node.selectionSet);
  for (const field of path) {
    const below: Array<SelectionSetNode | undefined> = [];
    for (const set of sets) eachField(set, info, (name, child) => name === field && below.push(child));
    sets = below;
  }
  const names = new Set<string>();
  for (const set of sets) eachField(set, info, (name) => names.add(name));
  return names;
}
