import { toCsv } from './download';

describe('toCsv', () => {
  it('writes numbers to six significant digits at most, without float noise', () => {
    const noisy = (0.3 + 0.6) / 2; // 0.44999999999999996
    expect(toCsv(['a', 'b', 'c', 'd'], [[noisy, 0.9099999999999999, 1234567, 0.123456789]])).toBe(
      'a,b,c,d\r\n0.45,0.91,1234567,0.123457\r\n',
    );
  });
});
