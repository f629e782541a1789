// Which executions run compiled (graphql-jit, README "Performance"), here or in the query worker:
// queries only (mutations are few and small); a document's second run on (compiling costs more than
// running a document once, so a client sending ever-new documents cannot make the server compile for
// each of them); variables graphql-js accepts (graphql-jit's own checks are looser, and an answer that
// refuses them keeps graphql-js's wording and codes).
import { schema } from './executable-schema';
import {
  getOperationAST,
  getVariableValues,
  OperationTypeNode,
  type DocumentNode,
  type ExecutionArgs,
} from './graphql';

/** A gate with its own count of runs per document. */
export function compileGate(): (args: Pick<ExecutionArgs, 'document' | 'operationName' | 'variableValues'>) => boolean {
  const runs = new WeakMap<DocumentNode, number>();
  return ({ document, operationName, variableValues }) => {
    const operation = getOperationAST(document, operationName);
    if (operation?.operation !== OperationTypeNode.QUERY) return false;
    const run = (runs.get(document) ?? 0) + 1;
    runs.set(document, run);
    if (run < 2) return false;
    return getVariableValues(schema, operation.variableDefinitions ?? [], variableValues ?? {}).errors === undefined;
  };
}
