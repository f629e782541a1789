// What a page says in place of a feature the Superb AI host behind the proxy does not record
// (README "Dashboard for a Superb AI host (proxy)"): one sentence, never a GraphQL error.
export const NO_PER_CLASS_AP = 'This host records no per-class AP.';
