import { useState } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';

// public/theme.js reads the same key before the first paint.
const STORAGE_KEY = 'model-catalog-theme';

function storedTheme(): ThemeChoice {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

/** The colours in use: the choice, or for "system" the system's (light where it cannot be asked, as in jsdom). */
export function resolvedTheme(theme: ThemeChoice): 'light' | 'dark' {
  if (theme !== 'system') return theme;
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches
    ? 'dark'
    : 'light';
}

/** The theme choice, remembered in localStorage and applied as `data-theme` on <html> (tokens.css). */
export function useTheme(): [ThemeChoice, (theme: ThemeChoice) => void] {
  const [theme, setThemeState] = useState(storedTheme);
  const setTheme = (next: ThemeChoice) => {
    setThemeState(next);
    const root = document.documentElement;
    if (next === 'system') delete root.dataset.theme;
    else root.dataset.theme = next;
    try {
      if (next === 'system') localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage blocked: the choice holds until the page is closed.
    }
  };
  return [theme, setTheme];
}
