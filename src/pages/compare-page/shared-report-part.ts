import { lazyPart } from '../../components/chunk-load';

// The charts' code loads only when two compared models share a report item (README "Performance").
export const SharedReport = lazyPart(() => import('./shared-report').then((m) => m.SharedReport));
