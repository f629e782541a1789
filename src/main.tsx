import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { reportChunkFailure } from './components/chunk-load';
import './styles/global.css';

// Vite could not preload a chunk's CSS or JS (offline, or a redeploy removed the old files). Without
// preventDefault it throws "Unable to preload CSS" into the route; instead the import goes ahead (and is
// retried, see components/chunk-load) and the banner offers a reload.
window.addEventListener('vite:preloadError', (event) => {
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
