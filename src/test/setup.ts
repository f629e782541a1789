import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { resetMockDb } from '../api/mocks/db';
import { server } from '../api/mocks/node';

// Lazy route chunks load slowly on a busy 2-core CI machine.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no layout: scrolling is a no-op there (it would log "not implemented"); tests spy on it.
window.scrollTo = () => {};

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetMockDb();
  // Form drafts (model-form/form-draft) must not carry over into the next test.
  localStorage.clear();
});
afterAll(() => server.close());
