import { readView, toFilter, writeView, type ModelsView } from './url-state';

const view = (patch: Partial<ModelsView> = {}): ModelsView => ({
  ...readView(new URLSearchParams()),
  ...patch,
});

describe('toFilter', () => {
  it('is null when no condition is set (blank text counts as none)', () => {
    expect(toFilter(view())).toBeNull();
    expect(toFilter(view({ search: '   ', exclude: '' }))).toBeNull();
  });

  it('maps each control to one condition in must or not', () => {
    expect(toFilter(view({ search: ' yolo ' }))).toEqual({ must: { nameContains: 'yolo' } });
    expect(toFilter(view({ exclude: 'nano' }))).toEqual({ not: { nameContains: 'nano' } });
    expect(toFilter(view({ pinned: 'must' }))).toEqual({ must: { isPinned: true } });
    expect(toFilter(view({ pinned: 'not' }))).toEqual({ not: { isPinned: true } });
    expect(toFilter(view({ trained: 'must' }))).toEqual({ must: { isTrained: true } });
    expect(toFilter(view({ trained: 'not' }))).toEqual({ not: { isTrained: true } });
    expect(toFilter(view({ search: 'v8', exclude: 'old', pinned: 'must', trained: 'not' }))).toEqual({
      must: { nameContains: 'v8', isPinned: true },
      not: { nameContains: 'old', isTrained: true },
    });
  });
});

describe('URL round trip', () => {
  it('writes nothing for the default view', () => {
    expect(writeView(view()).toString()).toBe('');
  });

  it('reads back exactly what it wrote, cursors in order', () => {
    const full = view({
      search: 'yolo v8',
      exclude: 'a,b',
      pinned: 'must',
      trained: 'not',
      sort: [
        { id: 'map', desc: true },
        { id: 'name', desc: false },
      ],
      group: 'experiment_group',
      size: 50,
      cursors: ['c1==', 'c/2,&x'],
      all: true,
    });
    expect(readView(new URLSearchParams(writeView(full).toString()))).toEqual(full);
  });

  it('falls back to defaults for unknown values', () => {
    expect(readView(new URLSearchParams('size=7&pinned=maybe&all=yes'))).toEqual(view());
  });
});
