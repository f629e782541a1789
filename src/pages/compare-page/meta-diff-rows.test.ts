import { ABSENT, describeMetaValue, metaDiffRows } from './meta-diff-rows';

const summary = (rows: ReturnType<typeof metaDiffRows>) => rows.map((r) => [r.path, r.depth, r.differs]);

describe('metaDiffRows', () => {
  it('lists every path of every model, parents before children', () => {
    const rows = metaDiffRows([
      { epochs: 50, train: { lr: 0.01, batch: 16 } },
      { epochs: 80, train: { lr: 0.01 }, notes: 'night' },
    ]);
    expect(summary(rows)).toEqual([
      ['epochs', 0, true],
      ['train', 0, true],
      ['train.lr', 1, false],
      ['train.batch', 1, true],
      ['notes', 0, true],
    ]);
    expect(rows.find((r) => r.path === 'train.batch')?.values).toEqual([16, ABSENT]);
  });

  it('walks arrays by index and quotes keys that are not identifiers', () => {
    const rows = metaDiffRows([
      { tags: ['a', 'b'], 'data.version': 2 },
      { tags: ['a'], 'data.version': 2 },
    ]);
    expect(summary(rows)).toEqual([
      ['tags', 0, true],
      ['tags[0]', 1, false],
      ['tags[1]', 1, true],
      ['["data.version"]', 0, false],
    ]);
  });

  it('tells null apart from a missing key and a null meta from an empty one', () => {
    const rows = metaDiffRows([{ notes: null }, null, {}]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.values).toEqual([null, ABSENT, ABSENT]);
    expect(rows[0]?.differs).toBe(true);
  });

  it('marks a path whose kind differs between models', () => {
    const rows = metaDiffRows([{ aug: { flip: true } }, { aug: 'default' }]);
    expect(summary(rows)).toEqual([
      ['aug', 0, true],
      ['aug.flip', 1, true],
    ]);
  });

  it('finds no differences between equal metas', () => {
    expect(metaDiffRows([{ a: { b: [1, 2] } }, { a: { b: [1, 2] } }]).some((r) => r.differs)).toBe(false);
  });
});

describe('describeMetaValue', () => {
  it('summarises branches and prints leaves as JSON', () => {
    expect(describeMetaValue({ a: 1, b: 2 })).toBe('{2 keys}');
    expect(describeMetaValue([1])).toBe('[1 item]');
    expect(describeMetaValue('night')).toBe('"night"');
    expect(describeMetaValue(null)).toBe('null');
    expect(describeMetaValue(ABSENT)).toBe('');
  });
});
