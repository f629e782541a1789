import { graphql, type GraphQLVariables } from 'msw';
import { setupServer } from 'msw/node';
import { handlers } from './handlers';

export const server = setupServer(...handlers);

/**
 * Records the variables of every `operation` request from now to the end of the test; the default
 * handlers still answer them (a handler that returns nothing passes the request on).
 */
export function recordVariables<TVariables extends GraphQLVariables>(
  kind: 'query' | 'mutation',
  operation: string,
): TVariables[] {
  const calls: TVariables[] = [];
  server.use(
    graphql[kind]<never, TVariables>(operation, ({ variables }) => {
      calls.push(variables);
    }),
  );
  return calls;
}

/** Every GraphQL document sent from now to the end of the test, as the server receives it; others still answer. */
export function recordDocuments(): Array<{ operationName: string; query: string; variables: GraphQLVariables }> {
  const sent: ReturnType<typeof recordDocuments> = [];
  server.use(
    graphql.operation(({ operationName, query, variables }) => {
      sent.push({ operationName, query, variables });
    }),
  );
  return sent;
}
