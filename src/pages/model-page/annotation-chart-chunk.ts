// The annotation chart, which every model with classes draws, is a chunk of its own beside recharts' (~110 kB
// gzipped). The route's loader starts loading it with the model's data, so the first chart does not wait for the
// page's chunk and the data before its own code is asked for (README "Performance").
export const loadAnnotationChart = () => import('./annotation-chart');
