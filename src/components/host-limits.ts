// What a page says in place of a feature the Superb AI host behind the proxy does not record
// (README "Dashboard for a Superb AI host (proxy)"): one sentence, never a GraphQL error.
export const NO_PER_CLASS_AP = 'This host records no per-class AP.';
/** A v1.4.0-era host of the newer API (docs/api/newer-api.md §3.6): no `trainingAnnotations`, and no AP either. */
export const NO_CLASS_COUNTS = 'This host records no per-class annotation counts.';
/** A v1.4.0-era host: no `contents`, where the newer API keeps a model's files. */
export const NO_MODEL_FILES = 'This host records no model files.';
/** A v1.4.0-era host: report items without a chart type, so nothing to draw. */
export const NO_TRAINING_REPORTS = 'This host records no training report charts.';
