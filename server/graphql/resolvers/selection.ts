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

/** Names selected on the items of `listField` (e.g. `models`) of the current field. */
export function itemFields(info: GraphQLResolveInfo, listField: string): Set<string> {
  const names = new Set<string>();
  for (const node of info.fieldNodes) {
    eachField(node.selectionSet, info, (name, set) => {
      if (name === listField) eachField(set, info, (child) => names.add(child));
    });
  }
  return names;
}
