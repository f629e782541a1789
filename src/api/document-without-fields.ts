// A GraphQL document without some fields and arguments, still valid (README "Dashboard for a Superb AI host
// (proxy)"): a host validates every field a document names, even under `@include(if: false)`, so what it lacks must
// not be in the text at all. Loaded only for such a host: the GraphQL parser stays out of the dashboard's chunks.
import { parse, print, visit, type DocumentNode } from 'graphql';

export interface TrimmedDocument {
  query: string;
  /** Variables no longer declared: their values must not be sent either. */
  droppedVariables: ReadonlySet<string>;
}

/** Names of the variables and fragments the operations and fragments of `document` still use. */
function usedNames(document: DocumentNode) {
  const variables = new Set<string>();
  const fragments = new Set<string>();
  visit(document, {
    VariableDefinition: () => false, // a declaration is no use
    Variable: (node) => void variables.add(node.name.value),
    FragmentSpread: (node) => void fragments.add(node.name.value),
  });
  return { variables, fragments };
}

/** Leaves out every field and argument called one of `names`, then the variables and fragments left unused. */
export function withoutFields(query: string, names: ReadonlySet<string>): TrimmedDocument {
  let document = visit(parse(query), {
    Field: (node) => (names.has(node.name.value) ? null : undefined),
    Argument: (node) => (names.has(node.name.value) ? null : undefined),
  });
  const droppedVariables = new Set<string>();
  // Dropping a fragment's only spread may leave another fragment unused: repeat until nothing changes.
  for (let changed = true; changed;) {
    const used = usedNames(document);
    changed = false;
    document = visit(document, {
      VariableDefinition: (node) => {
        if (used.variables.has(node.variable.name.value)) return undefined;
        droppedVariables.add(node.variable.name.value);
        return null;
      },
      FragmentDefinition: (node) => {
        if (used.fragments.has(node.name.value)) return undefined;
        changed = true;
        return null;
      },
    });
  }
  let empty = false;
  visit(document, { SelectionSet: (node) => void (empty ||= node.selections.length === 0) });
  if (empty) throw new Error(`Leaving out ${[...names].join(', ')} leaves a selection empty.`);
  return { query: print(document), droppedVariables };
}
