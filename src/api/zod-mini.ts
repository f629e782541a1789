// zod/mini for the modules that load beside charts (./report-shapes): its functions are shaken to what a
// module uses (~7 kB gzipped against ~25 kB for the whole of `zod`), README "Performance".
// jitless for the CSP, as in ./zod; English messages, which zod/mini does not register by itself.
import * as z from 'zod/mini';
import { en } from 'zod/locales';

z.config({ jitless: true, ...en() });

export { z };
