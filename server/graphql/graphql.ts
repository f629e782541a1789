// The one way server code imports graphql. yoga runs on graphql's CommonJS build; in vitest a bare
// `import 'graphql'` resolves to its ESM build, a second copy ("Cannot use GraphQLNonNull from another
// module or realm"). Naming the CommonJS entry keeps one instance everywhere.
export * from 'graphql/index.js';
