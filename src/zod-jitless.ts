// Imported first by main.tsx, before any schema exists: zod probes for eval with `new Function`
// when it builds an object schema, and our CSP (script-src 'self') reports that probe as a violation.
import * as z from 'zod';

z.config({ jitless: true });
