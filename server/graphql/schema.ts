// The contract's SDL, server/schema.graphql. The production bundle (build/cli/main.js) reads the
// copy scripts/build-server.mjs puts at build/schema.graphql: the same relative path.
import { readFileSync } from 'node:fs';

export const typeDefs = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
