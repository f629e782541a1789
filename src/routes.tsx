import type { RouteObject } from 'react-router';
import { AppLayout } from './components/app-layout';
import { RouteError } from './components/route-error';
import { HomePage } from './pages/home-page';
import { NotFoundPage } from './pages/not-found-page';
import { PageSkeleton } from './components/status';

// Each page is its own chunk: the list route never loads chart or form code.
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    // Shown while the first route's lazy chunk loads.
    hydrateFallbackElement: <PageSkeleton />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'datasets/:datasetId',
        children: [
          { path: 'models', lazy: () => import('./pages/models-page').then((m) => ({ Component: m.ModelsPage })) },
          {
            path: 'models/new',
            lazy: () => import('./pages/model-create-page').then((m) => ({ Component: m.ModelCreatePage })),
          },
          {
            path: 'models/:modelId',
            lazy: () => import('./pages/model-page').then((m) => ({ Component: m.ModelPage })),
          },
          {
            path: 'models/:modelId/edit',
            lazy: () => import('./pages/model-edit-page').then((m) => ({ Component: m.ModelEditPage })),
          },
          { path: 'compare', lazy: () => import('./pages/compare-page').then((m) => ({ Component: m.ComparePage })) },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  // Outside the layout: nothing there may call the API before signing in.
  {
    path: 'sign-in',
    errorElement: <RouteError />,
    lazy: () => import('./pages/sign-in-page').then((m) => ({ Component: m.SignInPage })),
  },
];
