import { useEffect, useRef, type RefObject } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router';

/** How long a page may take to show its heading (it waits for its data) before focus stays put. */
const HEADING_WAIT_MS = 10_000;

/**
 * A new page (another path, not a change of filters or sort) opens at the top with focus on its h1, so
 * keyboard and screen-reader users start there instead of on the body (README "Keyboard and screen
 * readers"). Back and forward keep the browser's scroll position. Not on the first load: the first Tab
 * must still reach the skip link.
 */
export function usePageArrival(main: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const previous = useRef<string | null>(null);

  useEffect(() => {
    const from = previous.current;
    // `/` only redirects to the first dataset: when the app opens there, that dataset is still the first page.
    if (!(from === null && pathname === '/')) previous.current = pathname;
    if (from === null || from === pathname) return;
    if (navigationType !== NavigationType.Pop) window.scrollTo(0, 0);
    const container = main.current;
    if (!container) return;
    const focusHeading = () => {
      const heading = container.querySelector<HTMLElement>('h1[tabindex="-1"]');
      if (!heading) return false;
      // Focus already in the page stays: the page placed it (autoFocus), or the user moved there while it loaded.
      if (!container.contains(document.activeElement)) heading.focus({ preventScroll: true });
      return true;
    };
    if (focusHeading()) return;
    // Pages show a skeleton until their data is in; the heading comes with the data.
    const observer = new MutationObserver(() => focusHeading() && observer.disconnect());
    observer.observe(container, { childList: true, subtree: true });
    const timer = setTimeout(() => observer.disconnect(), HEADING_WAIT_MS);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [pathname, navigationType, main]);
}
