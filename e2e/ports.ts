/**
 * The two local origins the end-to-end tests use: the app (vite preview) and a second origin for
 * the article that embeds it. E2E_PORT moves both, so two checkouts can run their tests at once.
 */
const base = Number(process.env.E2E_PORT ?? 4173);

export const appPort = base;
export const articlePort = base + 3;
export const articleOrigin = `http://127.0.0.1:${articlePort}`;
