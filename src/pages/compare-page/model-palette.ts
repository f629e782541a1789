// Colours for compared models: twelve from Okabe & Ito's and Paul Tol's published colour-blind safe
// schemes (bright, muted, light, high-contrast), chosen so every pair stays apart (CIEDE2000 ≥ 9) for
// normal vision and simulated protanopia, deuteranopia and tritanopia, and each stands out from both
// themes' surfaces. Ordered so that the first few, used by small comparisons, are the farthest apart.
// Colour follows a model's position in the comparison, so legend, chart, table headers and timeline agree.
export const MODEL_COLORS = [
  '#0072B2', // Okabe–Ito blue
  '#CC3311', // Tol vibrant red
  '#FFAABB', // Tol light pink
  '#BBCC33', // Tol light pear
  '#882255', // Tol muted wine
  '#EE6677', // Tol bright red
  '#88CCEE', // Tol muted cyan
  '#004488', // Tol high-contrast blue
  '#999933', // Tol muted olive
  '#BB5566', // Tol high-contrast red
  '#CC79A7', // Okabe–Ito reddish purple
  '#44BB99', // Tol light mint
] as const;

/** Marker shapes for scatter charts, so models differ by more than colour. */
export const MODEL_SHAPES = ['circle', 'square', 'diamond', 'triangle', 'cross', 'wye'] as const;

export const modelColor = (index: number): string => MODEL_COLORS[index % MODEL_COLORS.length] ?? MODEL_COLORS[0];
export const modelShape = (index: number) => MODEL_SHAPES[index % MODEL_SHAPES.length] ?? 'circle';
