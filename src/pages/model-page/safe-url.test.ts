import { safeHttpUrl } from './safe-url';

describe('safeHttpUrl', () => {
  it('accepts absolute http and https URLs', () => {
    expect(safeHttpUrl('https://cdn.example.com/w.pt?sig=a%20b')).toBe('https://cdn.example.com/w.pt?sig=a%20b');
    expect(safeHttpUrl('http://127.0.0.1:9000/w.pt')).toBe('http://127.0.0.1:9000/w.pt');
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    '/relative/path',
    '//evil.example.com',
    'not a url',
    '',
    null,
  ])('rejects %j', (url) => {
    expect(safeHttpUrl(url)).toBeNull();
  });
});
