// The contract's SDL. Read next to this module: the production bundle (build/main.js) gets a copy
// of schema.graphql beside it (scripts/build-server.mjs), so this module must stay beside the file.
import { readFileSync } from 'node:fs';

export const typeDefs = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');
