// Colours for compared models: Okabe–Ito first, then Paul Tol's muted scheme, both designed to stay
// apart for colour-blind readers. Yellow, black, indigo and sand are left out: they vanish on the
// light or the dark background. Colour follows a model's position in the comparison, so legend,
// chart, table headers and timeline agree.
export const MODEL_COLORS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#CC79A7',
  '#56B4E9',
  '#999933',
  '#AA4499',
  '#CC6677',
  '#44AA99',
  '#117733',
  '#882255',
] as const;

/** Marker shapes for scatter charts, so models differ by more than colour. */
export const MODEL_SHAPES = ['circle', 'square', 'diamond', 'triangle', 'cross', 'wye'] as const;

export const modelColor = (index: number): string => MODEL_COLORS[index % MODEL_COLORS.length] ?? MODEL_COLORS[0];
export const modelShape = (index: number) => MODEL_SHAPES[index % MODEL_SHAPES.length] ?? 'circle';
