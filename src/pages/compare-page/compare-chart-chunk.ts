// The grouped bar chart is a chunk of its own (recharts is large). The route's loader starts loading it
// beside the models; the page draws the comparison once both are there, so chart and table appear in one
// frame instead of the chart suspending for a moment after the table.
import type { ResponsiveCompareChart } from './compare-chart';

type CompareChart = typeof ResponsiveCompareChart;

let loaded: CompareChart | undefined;
let loading: Promise<CompareChart> | undefined;

/** Loads the chart's chunk once; a failed load may be tried again. */
export function loadCompareChart(): Promise<CompareChart> {
  loading ??= import('./compare-chart').then(
    (module) => (loaded = module.default),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The chart component when its chunk has loaded, else undefined. */
export const loadedCompareChart = (): CompareChart | undefined => loaded;
