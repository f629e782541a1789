import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { childPath, JsonTree, JsonViewer } from './json-tree';

const meta = {
  epochs: 50,
  hyperparameters: { lr: 0.001, optimizer: 'adamw', 'warmup steps': 3 },
  tags: ['night', 'v2'],
  notes: '<img src=x onerror=alert(1)>',
  reviewed: false,
  owner: null,
};

describe('childPath', () => {
  it('joins identifiers with dots and quotes everything else', () => {
    expect(childPath('meta', 'lr')).toBe('meta.lr');
    expect(childPath('meta', 3)).toBe('meta[3]');
    expect(childPath('meta', 'warmup steps')).toBe('meta["warmup steps"]');
    expect(childPath('meta', '0day')).toBe('meta["0day"]');
  });
});

describe('JsonTree', () => {
  it('shows keys and typed values, rendering strings as text', () => {
    const { container } = render(<JsonTree value={meta} rootName="meta" />);
    expect(screen.getByText('"<img src=x onerror=alert(1)>"')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('0.001')).toBeInTheDocument();
    expect(screen.getByText('false')).toBeInTheDocument();
    expect(screen.getByText('null')).toBeInTheDocument();
  });

  it('collapses and expands nested values', async () => {
    const user = userEvent.setup();
    render(<JsonTree value={meta} rootName="meta" expandDepth={1} />);
    const toggle = screen.getByRole('button', { name: /^hyperparameters/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('"adamw"')).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('"adamw"')).toBeInTheDocument();
  });

  it('copies a value and a path', async () => {
    const user = userEvent.setup();
    render(<JsonTree value={meta} rootName="meta" />);
    await user.click(screen.getByRole('button', { name: 'Copy path meta.hyperparameters["warmup steps"]' }));
    expect(await navigator.clipboard.readText()).toBe('meta.hyperparameters["warmup steps"]');
    await user.click(screen.getByRole('button', { name: 'Copy value of meta.hyperparameters.optimizer' }));
    expect(await navigator.clipboard.readText()).toBe('adamw');
    await user.click(screen.getByRole('button', { name: 'Copy value of meta.tags' }));
    expect(JSON.parse(await navigator.clipboard.readText())).toEqual(['night', 'v2']);
  });

  it('pages very long arrays', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <JsonTree value={{ ids: Array.from({ length: 130 }, (_, i) => i) }} rootName="meta" />,
    );
    const items = () => container.querySelectorAll('ul ul ul > li');
    expect(items()).toHaveLength(101); // 100 values and the "Show more" row
    await user.click(screen.getByRole('button', { name: 'Show 30 more of 30' }));
    expect(items()).toHaveLength(130);
  });
});

describe('JsonViewer', () => {
  it('switches to raw JSON and back', async () => {
    const user = userEvent.setup();
    render(<JsonViewer value={meta} rootName="meta" />);
    await user.click(screen.getByRole('button', { name: 'Raw JSON' }));
    expect(screen.getByLabelText('meta as raw JSON')).toHaveTextContent('"optimizer": "adamw"');
    await user.click(screen.getByRole('button', { name: 'Tree' }));
    expect(screen.getByRole('button', { name: /^hyperparameters/ })).toBeInTheDocument();
  });
});
