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
