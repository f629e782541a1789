import { useLocation, useNavigate } from 'react-router';
import { readCompareView, writeCompareView, type CompareView, type CompareViewPatch } from './compare-view';

/** The view's URL setter: keeps commas readable in `ids=a,b,c`. */
export function useCompareView(): [CompareView, (patch: CompareViewPatch, options?: { push?: boolean }) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const params = new URLSearchParams(location.search);
  const update = (patch: CompareViewPatch, { push = false } = {}) =>
    void navigate({ search: `?${writeCompareView(params, patch)}` }, { replace: !push });
  return [readCompareView(params), update];
}
