// The d3 scales recharts may build for this app's charts, standing in for all of d3-scale (README "Performance").
// recharts looks a scale up by name in the whole module (`scale` + the axis' type), so every scale kind ships
// with it, time scales and their date formatting included (~6 kB gzipped). Its axes here are band and point
// (categories), linear (values) and sqrt (the AP scatter's annotation axis): a chart that sets another `scale`
// must add it here, or recharts falls back to a point scale.
export { scaleBand, scaleLinear, scalePoint, scaleSqrt } from 'victory-vendor/d3-scale';
