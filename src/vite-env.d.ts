/// <reference types="vite/client" />

// The environment the dashboard reads at build time (README "Configuration").
interface ImportMetaEnv {
  /** Where the API is; default `/graphql/`. */
  readonly VITE_API_URL?: string;
}
