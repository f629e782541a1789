import { render, renderHook, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { lazyPart, retryImport, useChunkFailed } from './chunk-load';

describe('lazy chunks', { timeout: 10_000 }, () => {
  it('retries a failed import and uses the chunk once it loads', async () => {
    let calls = 0;
    const load = () => (++calls < 3 ? Promise.reject(new Error('offline')) : Promise.resolve('chunk'));
    await expect(retryImport(load)).resolves.toBe('chunk');
    expect(calls).toBe(3);
  });

  it('a preloaded part is drawn in the first render, without its Suspense fallback', async () => {
    const Part = lazyPart<{ label: string }>(() => Promise.resolve(({ label }: { label: string }) => <p>{label}</p>));
    Part.preload();
    await new Promise((resolve) => setTimeout(resolve, 0));
    render(
      <Suspense fallback="loading">
        <Part label="chart" />
      </Suspense>,
    );
    expect(screen.getByText('chart')).toBeInTheDocument();
    expect(screen.queryByText('loading')).not.toBeInTheDocument();
  });

  it('a part whose chunk never loads says so in place, and the app is told to offer a reload', async () => {
    const failed = renderHook(() => useChunkFailed());
    expect(failed.result.current).toBe(false);
    const Part = lazyPart<object>(() => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    render(
      <Suspense fallback="loading">
        <Part />
      </Suspense>,
    );
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'This part of the page could not be loaded. Reload the page to try again.',
    );
    failed.rerender();
    expect(failed.result.current).toBe(true);
  });
});
