// Limits on GraphQL documents (README §12): ≤2,000 tokens, ≤10 levels deep, ≤50 root fields, ≤50 aliases.
import {
  GraphQLError,
  Kind,
  NoSchemaIntrospectionCustomRule,
  parse,
  type ParseOptions,
  type SelectionSetNode,
  type Source,
  type ValidationContext,
  type ValidationRule,
} from './graphql';
import type { Plugin } from 'graphql-yoga';

export const DOCUMENT_LIMITS = { maxTokens: 2_000, maxDepth: 10, maxRootFields: 50, maxAliases: 50 } as const;

const refuse = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_REQUEST' } });

/** Depth of nested selections; fragments are followed (and memoised, so reuse cannot explode). */
function selectionDepth(
  set: SelectionSetNode,
  context: ValidationContext,
  memo: Map<string, number>,
  skipIntrospection: boolean,
): number {
  let max = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (skipIntrospection && selection.name.value.startsWith('__')) continue;
      const below = selection.selectionSet
        ? selectionDepth(selection.selectionSet, context, memo, skipIntrospection)
        : 0;
      max = Math.max(max, 1 + below);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, selectionDepth(selection.selectionSet, context, memo, skipIntrospection));
    } else {
      const name = selection.name.value;
      let depth = memo.get(name);
      if (depth === undefined) {
        memo.set(name, 0); // cycle guard; NoFragmentCycles reports the cycle itself
        const fragment = context.getFragment(name);
        depth = fragment ? selectionDepth(fragment.selectionSet, context, memo, skipIntrospection) : 0;
        memo.set(name, depth);
      }
      max = Math.max(max, depth);
    }
  }
  return max;
}

function rootFieldCount(set: SelectionSetNode, context: ValidationContext, seen: Set<string>): number {
  let count = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) count += 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += rootFieldCount(selection.selectionSet, context, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) count += rootFieldCount(fragment.selectionSet, context, seen);
    }
  }
  return count;
}

const limitRule =
  (dev: boolean): ValidationRule =>
  (context) => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias) aliases += 1;
      },
      OperationDefinition(node) {
        const depth = selectionDepth(node.selectionSet, context, new Map(), dev);
        if (depth > DOCUMENT_LIMITS.maxDepth) {
          context.reportError(
            refuse(`The operation is ${depth} levels deep; at most ${DOCUMENT_LIMITS.maxDepth} are allowed`),
          );
        }
        const roots = rootFieldCount(node.selectionSet, context, new Set());
        if (roots > DOCUMENT_LIMITS.maxRootFields) {
          context.reportError(
            refuse(`The operation has ${roots} root fields; at most ${DOCUMENT_LIMITS.maxRootFields} are allowed`),
          );
        }
      },
      Document: {
        leave() {
          if (aliases > DOCUMENT_LIMITS.maxAliases) {
            context.reportError(
              refuse(`The document uses ${aliases} aliases; at most ${DOCUMENT_LIMITS.maxAliases} are allowed`),
            );
          }
        },
      },
    };
  };

/** Token limit at parse time, size rules at validation; introspection only with `dev`. */
export function useDocumentLimits({ dev }: { dev: boolean }): Plugin {
  const rule = limitRule(dev);
  return {
    onParse({ setParseFn }) {
      setParseFn((source: string | Source, options?: ParseOptions) =>
        parse(source, { ...options, maxTokens: DOCUMENT_LIMITS.maxTokens }),
      );
    },
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
      if (!dev) addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}
