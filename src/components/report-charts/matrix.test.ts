import { REPORT_COLORS } from './report-colors';
import { rowNormalised, scaleColor, textOn, toMatrix, DARK_TEXT, LIGHT_TEXT } from './matrix';

const linear = (v: number) => (v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
const luminance = (hex: string) =>
  [0, 1, 2]
    .map((i) => linear(parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255))
    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('matrix', () => {
  const matrix = toMatrix('True', 'Predicted', [
    { row: 'car', column: 'car', value: 8 },
    { row: 'car', column: 'bus', value: 2 },
    { row: 'bus', column: 'bus', value: 0 },
  ]);

  it('keeps labels in first-seen order and leaves absent cells empty', () => {
    expect([matrix.rows, matrix.columns]).toEqual([
      ['car', 'bus'],
      ['car', 'bus'],
    ]);
    expect(matrix.values).toEqual([
      [8, 2],
      [null, 0],
    ]);
  });

  it('row-normalises to shares of each row, a zero row staying zero', () => {
    expect(rowNormalised(matrix).values).toEqual([
      [0.8, 0.2],
      [null, 0],
    ]);
  });

  it('writes cell numbers in the colour with at least 4.5:1 contrast on every fill', () => {
    for (let t = 0; t <= 1; t += 0.05) {
      const fill = scaleColor(t);
      expect(contrast(textOn(fill), fill), `${fill} at ${t.toFixed(2)}`).toBeGreaterThanOrEqual(4.5);
    }
    expect([textOn(scaleColor(0)), textOn(scaleColor(1))]).toEqual([DARK_TEXT, LIGHT_TEXT]);
  });

  it('draws report marks at 3:1 or more against both themes’ surfaces', () => {
    for (const color of REPORT_COLORS) {
      expect(contrast(color, '#ffffff'), `${color} on light`).toBeGreaterThanOrEqual(3);
      expect(contrast(color, '#171b21'), `${color} on dark`).toBeGreaterThanOrEqual(3);
    }
  });
});
