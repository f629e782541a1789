import { rankByName } from './slice-match';

const names = (items: Array<{ name: string }>) => items.map((i) => i.name);
const slices = (...list: string[]) => list.map((name) => ({ name }));

describe('rankByName', () => {
  it('orders exact, prefix, word-start, then substring matches, each by name', () => {
    const all = slices('night-b', 'val-night', 'overnight', 'Night', 'nightly', 'train_night', 'day');
    expect(names(rankByName(all, 'night'))).toEqual([
      'Night',
      'night-b',
      'nightly',
      'train_night',
      'val-night',
      'overnight',
    ]);
  });

  it('lists everything by name for an empty search and nothing for no match', () => {
    const all = slices('val-day', 'train-night', 'train-day');
    expect(names(rankByName(all, '  '))).toEqual(['train-day', 'train-night', 'val-day']);
    expect(rankByName(all, 'holdout')).toEqual([]);
  });

  it('finds a word start after an earlier plain substring', () => {
    expect(names(rankByName(slices('abday', 'xdayx-day', 'zday'), 'day'))).toEqual(['xdayx-day', 'abday', 'zday']);
  });
});
