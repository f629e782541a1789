import { tableSvg } from './table-svg';

describe('tableSvg: TABLE and METRICS items as an image', () => {
  it('writes every cell, escaped, numbers right-aligned, in a document sized to fit', () => {
    const file = tableSvg({
      header: ['Class', 'AP'],
      rows: [
        ['car <small>', 0.912345],
        ['bus & van', null],
      ],
    });
    const doc = new DOMParser().parseFromString(file.text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const texts = [...doc.querySelectorAll('text')];
    expect(texts.map((t) => t.textContent)).toEqual(['Class', 'AP', 'car <small>', '0.9123', 'bus & van', '–']);
    expect(texts[3]?.getAttribute('text-anchor')).toBeNull(); // a column with a missing value is not all numbers
    expect(doc.documentElement.getAttribute('width')).toBe(String(file.width));
    expect(file.height).toBe(3 * 24 + 20);
  });

  it('right-aligns a column of numbers', () => {
    const doc = new DOMParser().parseFromString(
      tableSvg({ header: ['key', 'value'], rows: [['mAP', 0.7]] }).text,
      'image/svg+xml',
    );
    expect([...doc.querySelectorAll('text')].map((t) => t.getAttribute('text-anchor'))).toEqual([
      null,
      null,
      null,
      'end',
    ]);
  });
});
