import { screen } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { buildDataset, buildModel } from '../../api/mocks/factories';
import { mockDb } from '../../api/mocks/db';
import { sessionHandlers } from '../../api/mocks/handlers';
import { server } from '../../api/mocks/node';
import { renderRoute } from '../../test/render';

const KEY = { accessKey: 'team', accessKeySecret: 'open sesame' };
// Pages are lazy chunks; their first import can take a while on a busy machine.
const LOAD = { timeout: 8_000 };

function seed() {
  const dataset = buildDataset({ name: 'Traffic' });
  mockDb.datasets.push(dataset);
  mockDb.models.push(buildModel({ datasetId: dataset.id, name: 'yolo traffic v1' }));
  return dataset;
}

describe('sign-in', { timeout: 20_000 }, () => {
  it('sends a visitor to sign-in, then back to the page they asked for', async () => {
    const dataset = seed();
    server.use(...sessionHandlers(KEY));
    const { user, router } = renderRoute(`/datasets/${dataset.id}/models?q=yolo`);

    expect(await screen.findByRole('heading', { name: 'Sign in' }, LOAD)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(document.title).toBe('Sign in · Model Catalog');
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent(`/datasets/${dataset.id}/models?q=yolo`)}`);

    await user.type(screen.getByLabelText('Access key'), 'team');
    await user.type(screen.getByLabelText('Secret'), 'open sesame');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('link', { name: 'yolo traffic v1' }, LOAD)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/datasets/${dataset.id}/models`);
    expect(router.state.location.search).toBe('?q=yolo');
  });

  it('says so when the key or secret is wrong, and keeps the secret out of storage', async () => {
    server.use(...sessionHandlers(KEY));
    const { user, router } = renderRoute('/sign-in');

    await user.type(await screen.findByLabelText('Access key', {}, LOAD), 'team');
    await user.type(screen.getByLabelText('Secret'), 'guess');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert', {}, LOAD)).toHaveTextContent('The access key or secret is wrong');
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(screen.getByLabelText('Secret')).toHaveAttribute('type', 'password');
    expect(JSON.stringify({ ...localStorage, ...sessionStorage }) + document.cookie).not.toContain('guess');
  });

  it('signs out from the header and returns to sign-in', async () => {
    const dataset = seed();
    server.use(...sessionHandlers(KEY));
    const { user, router } = renderRoute('/sign-in');
    await user.type(await screen.findByLabelText('Access key', {}, LOAD), 'team');
    await user.type(screen.getByLabelText('Secret'), 'open sesame');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('link', { name: 'yolo traffic v1' }, LOAD);
    expect(router.state.location.pathname).toBe(`/datasets/${dataset.id}/models`);

    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { name: 'Sign in' }, LOAD)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('goes to sign-in when an API call answers 401 because the session ended', async () => {
    const dataset = seed();
    server.use(...sessionHandlers());
    const { router } = renderRoute(`/datasets/${dataset.id}/models`);
    await screen.findByRole('link', { name: 'yolo traffic v1' }, LOAD);

    // The session expires on the server: the next request is refused and the session check says so.
    server.use(
      ...sessionHandlers(KEY),
      graphql.query('ModelsList', () =>
        HttpResponse.json(
          { errors: [{ message: 'Authentication required', extensions: { code: 'UNAUTHENTICATED' } }] },
          { status: 401 },
        ),
      ),
    );
    await router.navigate(`/datasets/${dataset.id}/models?q=other`);

    expect(await screen.findByRole('heading', { name: 'Sign in' }, LOAD)).toBeInTheDocument();
  });

  it('shows no sign-out and no sign-in when the server needs none', async () => {
    seed();
    const { router } = renderRoute('/sign-in');
    await screen.findByRole('link', { name: 'yolo traffic v1' }, LOAD);
    expect(router.state.location.pathname).not.toBe('/sign-in');
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
  });
});
