// The theme chosen with the header's switch, applied before the first paint so a dark choice never flashes
// light (README "Themes"). A file, not an inline script: the Content-Security-Policy allows only 'self'.
try {
  var theme = localStorage.getItem('model-catalog-theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch (error) {
  // Storage blocked: the system's theme.
}
