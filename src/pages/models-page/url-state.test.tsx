import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { readView, toFilter, useModelsView, writeView, type ModelsView } from './url-state';

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

describe('useModelsView', () => {
  function setup(url: string) {
    let router: ReturnType<typeof createMemoryRouter> | undefined;
    const hook = renderHook(() => ({ state: useModelsView(), location: useLocation() }), {
      wrapper: ({ children }: { children: ReactNode }) => {
        router ??= createMemoryRouter([{ path: '*', element: children }], { initialEntries: [url] });
        return <RouterProvider router={router} />;
      },
    });
    return hook;
  }

  it('applies two updates made in the same frame on top of each other', () => {
    const { result } = setup('/m?sort=name');
    act(() => {
      const [, update] = result.current.state;
      update({ group: 'experiment_group' });
      update({ search: 'yolo' });
    });
    expect(result.current.location.search).toBe('?q=yolo&sort=name&group=experiment_group');
  });

  it('starts again at page 1 (and leaves Load all) when the filter changes, not when the sort does', () => {
    const { result } = setup('/m?all=1&cursor=a&cursor=b');
    act(() => result.current.state[1]({ sort: [{ id: 'map', desc: true }] }));
    expect(result.current.state[0]).toMatchObject({ all: true, cursors: ['a', 'b'] });
    act(() => result.current.state[1]({ pinned: 'must' }));
    expect(result.current.location.search).toBe('?pinned=yes&sort=-map');
  });
});
