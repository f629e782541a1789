import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { reportChunkFailure } from './components/chunk-load';
import './styles/global.css';

// Vite could not preload a chunk's CSS (offline, or a redeploy removed the old files). Without
// preventDefault it throws "Unable to preload CSS" into the route; instead the page goes ahead without it
// and the banner offers a reload. A chunk's JS that fails is not caught here: the import rejects and is
// retried (components/chunk-load); Vite would otherwise resolve that import with undefined.
window.addEventListener('vite:preloadError', (event) => {
  if (!/Unable to preload CSS/.test(event.payload.message)) return;
  event.preventDefault();
  reportChunkFailure();
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
