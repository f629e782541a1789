import { MODEL_COLORS } from './model-palette';

// Colour science for the palette's promises: sRGB → CIELAB, CIEDE2000, and Machado, Oliveira &
// Fernandes (2009) simulations of full protanopia, deuteranopia and tritanopia (linear RGB matrices).
type Vec3 = [number, number, number];

const channels = (hex: string): Vec3 => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as Vec3;
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const linear = (hex: string): Vec3 => channels(hex).map(toLinear) as Vec3;

const SIMULATIONS: Record<string, number[][] | null> = {
  normal: null,
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

function simulate(rgb: Vec3, matrix: number[][] | null): Vec3 {
  if (!matrix) return rgb;
  return matrix.map((row) =>
    Math.min(
      1,
      Math.max(
        0,
        row.reduce((sum, m, j) => sum + m * (rgb[j] ?? 0), 0),
      ),
    ),
  ) as Vec3;
}

function lab([r, g, b]: Vec3): Vec3 {
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

const rad = (deg: number) => (deg * Math.PI) / 180;

/** CIEDE2000 colour difference (Sharma, Wu & Dalal 2005). */
function deltaE2000([l1, a1, b1]: Vec3, [l2, a2, b2]: Vec3): number {
  const cBar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const g = 0.5 * (1 - Math.sqrt(cBar ** 7 / (cBar ** 7 + 25 ** 7)));
  const [a1p, a2p] = [(1 + g) * a1, (1 + g) * a2];
  const [c1p, c2p] = [Math.hypot(a1p, b1), Math.hypot(a2p, b2)];
  const hue = (b: number, a: number) => ((Math.atan2(b, a) * 180) / Math.PI + 360) % 360;
  const [h1p, h2p] = [hue(b1, a1p), hue(b2, a2p)];
  let dh = h2p - h1p;
  if (dh > 180) dh -= 360;
  else if (dh < -180) dh += 360;
  if (c1p * c2p === 0) dh = 0;
  const dL = l2 - l1;
  const dC = c2p - c1p;
  const dH = 2 * Math.sqrt(c1p * c2p) * Math.sin(rad(dh / 2));
  const lBar = (l1 + l2) / 2;
  const cBarP = (c1p + c2p) / 2;
  let hBar = h1p + h2p;
  if (c1p * c2p !== 0) {
    if (Math.abs(h1p - h2p) <= 180) hBar = (h1p + h2p) / 2;
    else hBar = h1p + h2p < 360 ? (h1p + h2p + 360) / 2 : (h1p + h2p - 360) / 2;
  }
  const t =
    1 -
    0.17 * Math.cos(rad(hBar - 30)) +
    0.24 * Math.cos(rad(2 * hBar)) +
    0.32 * Math.cos(rad(3 * hBar + 6)) -
    0.2 * Math.cos(rad(4 * hBar - 63));
  const dTheta = 30 * Math.exp(-(((hBar - 275) / 25) ** 2));
  const rc = 2 * Math.sqrt(cBarP ** 7 / (cBarP ** 7 + 25 ** 7));
  const sl = 1 + (0.015 * (lBar - 50) ** 2) / Math.sqrt(20 + (lBar - 50) ** 2);
  const sc = 1 + 0.045 * cBarP;
  const sh = 1 + 0.015 * cBarP * t;
  const rt = -Math.sin(rad(2 * dTheta)) * rc;
  return Math.sqrt((dL / sl) ** 2 + (dC / sc) ** 2 + (dH / sh) ** 2 + rt * (dC / sc) * (dH / sh));
}

const luminance = (hex: string) => {
  const [r, g, b] = linear(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (x: string, y: string) => {
  const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('MODEL_COLORS', () => {
  it('has a colour for each of the 12 models a comparison holds, all different', () => {
    expect(MODEL_COLORS).toHaveLength(12);
    expect(new Set(MODEL_COLORS.map((c) => c.toLowerCase())).size).toBe(12);
  });

  it.each(Object.keys(SIMULATIONS))('keeps every pair apart (CIEDE2000 ≥ 9) for %s', (vision) => {
    const seen = MODEL_COLORS.map((hex) => lab(simulate(linear(hex), SIMULATIONS[vision] ?? null)));
    const closest = { distance: Infinity, pair: '' };
    seen.forEach((x, i) =>
      seen.slice(i + 1).forEach((y, k) => {
        const distance = deltaE2000(x, y);
        if (distance < closest.distance)
          Object.assign(closest, { distance, pair: `${MODEL_COLORS[i]} / ${MODEL_COLORS[i + 1 + k]}` });
      }),
    );
    expect(closest.distance, closest.pair).toBeGreaterThanOrEqual(9);
  });

  it('puts the most distinct colours first, for comparisons of a few models', () => {
    const first = MODEL_COLORS.slice(0, 4).map((hex) => lab(linear(hex)));
    for (const [i, x] of first.entries())
      for (const y of first.slice(i + 1)) expect(deltaE2000(x, y)).toBeGreaterThan(20);
  });

  it('stands out from the light and the dark surface', () => {
    for (const color of MODEL_COLORS) {
      expect(contrast(color, '#ffffff'), color).toBeGreaterThanOrEqual(1.75);
      expect(contrast(color, '#171b21'), color).toBeGreaterThanOrEqual(1.75);
    }
  });

  it('computes CIEDE2000 as published (Sharma et al., pair 1)', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
  });
});
