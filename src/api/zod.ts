// zod for the dashboard's modules (and the rules in ./schemas the server shares): import `z` from here, not from 'zod'.
// Without jitless, zod probes for eval with `new Function` when it first parses an object, and the
// dashboard's CSP (script-src 'self') reports that probe as a violation; a module that imported zod
// itself would run before anyone set this.
import * as z from 'zod';

z.config({ jitless: true });

export { z };
