import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { AppLayout } from './pages/app-layout/app-layout';
import { RouteError } from './pages/app-layout/route-error';
import { HomePage } from './pages/home-page/home-page';
import { prefetchComparison } from './pages/compare-page/prefetch-comparison';
import { prefetchModel } from './pages/model-page/prefetch-model';
import { prefetchModelsPage } from './pages/models-page/prefetch-page';
import { NotFoundPage } from './pages/not-found-page/not-found-page';
import { PageSkeleton } from './components/status';
import { lazyPage } from './components/chunk-load';
import { DatasetRoute } from './pages/app-layout/dataset-route';

// Each page is its own chunk: the list route never loads chart or form code.
export const createRoutes = (queryClient: QueryClient): RouteObject[] => [
  {
    element: <AppLayout />,
    errorElement: <RouteError standalone />,
    // Shown while the first route's lazy chunk loads.
    hydrateFallbackElement: <PageSkeleton />,
    children: [
      {
        // A page that crashes shows its error below the header, which stays usable.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomePage /> },
          {
            path: 'datasets/:datasetId',
            element: <DatasetRoute />,
            children: [
              {
                path: 'models',
                loader: prefetchModelsPage(queryClient),
                // Only entering the route runs it: the page asks for its own view changes (sort, filters, pages),
                // which then render in the click's own update instead of after a loader round.
                shouldRevalidate: () => false,
                lazy: lazyPage(() => import('./pages/models-page/models-page').then((m) => m.ModelsPage)),
              },
              {
                path: 'models/new',
                lazy: lazyPage(() =>
                  import('./pages/model-create-page/model-create-page').then((m) => m.ModelCreatePage),
                ),
              },
              {
                path: 'models/:modelId',
                loader: prefetchModel(queryClient),
                // Only on arrival: the page refetches its model itself.
                shouldRevalidate: () => false,
                lazy: lazyPage(() => import('./pages/model-page/model-page').then((m) => m.ModelPage)),
              },
              {
                path: 'models/:modelId/edit',
                lazy: lazyPage(() => import('./pages/model-edit-page/model-edit-page').then((m) => m.ModelEditPage)),
              },
              {
                path: 'activity',
                lazy: lazyPage(() => import('./pages/activity-page/activity-page').then((m) => m.ActivityPage)),
              },
              {
                path: 'evaluations',
                lazy: lazyPage(() =>
                  import('./pages/evaluations-page/evaluations-page').then((m) => m.EvaluationsPage),
                ),
              },
              {
                path: 'evaluations/:diagnosisId',
                lazy: lazyPage(() => import('./pages/evaluation-page/evaluation-page').then((m) => m.EvaluationPage)),
              },
              {
                path: 'compare',
                loader: (args) => prefetchComparison(queryClient, args),
                // Only on arrival: sort, threshold or baseline changes must not wait for a loader; the page fetches added models.
                shouldRevalidate: () => false,
                lazy: lazyPage(() => import('./pages/compare-page/compare-page').then((m) => m.ComparePage)),
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
  // Outside the layout: nothing there may call the API before signing in.
  {
    path: 'sign-in',
    errorElement: <RouteError standalone />,
    lazy: lazyPage(() => import('./pages/sign-in-page/sign-in-page').then((m) => m.SignInPage)),
  },
];
