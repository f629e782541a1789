import { MAX_COMPARED, readCompareView, writeCompareView } from './compare-view';

const read = (search: string) => readCompareView(new URLSearchParams(search));

describe('readCompareView', () => {
  it('reads ids, baseline, sort and threshold', () => {
    expect(read('ids=a,b,c&baseline=b&sort=-spread&threshold=0.05')).toEqual({
      requestedIds: ['a', 'b', 'c'],
      ids: ['a', 'b', 'c'],
      baseline: 'b',
      sort: '-spread',
      threshold: 0.05,
    });
  });

  it('drops blanks and duplicates and falls back to defaults', () => {
    expect(read('ids=a,,b,a, &sort=bogus&threshold=x')).toMatchObject({
      ids: ['a', 'b'],
      baseline: null,
      sort: 'name',
      threshold: null,
    });
  });

  it('compares at most MAX_COMPARED models but remembers the rest', () => {
    const ids = Array.from({ length: 15 }, (_, i) => `m${i}`);
    const view = read(`ids=${ids.join(',')}`);
    expect(view.ids).toHaveLength(MAX_COMPARED);
    expect(view.requestedIds).toHaveLength(15);
  });
});

describe('writeCompareView', () => {
  it('writes a readable query and leaves defaults out', () => {
    const params = new URLSearchParams('ids=a,b&sort=-spread&threshold=0.1');
    expect(writeCompareView(params, { requestedIds: ['a', 'b', 'c'], baseline: 'c' })).toBe(
      'ids=a,b,c&sort=-spread&threshold=0.1&baseline=c',
    );
    expect(writeCompareView(params, { sort: 'name', threshold: null })).toBe('ids=a,b');
  });
});
