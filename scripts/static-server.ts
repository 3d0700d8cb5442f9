/** Moved to scripts/browser/static-server.ts; kept so that older imports still resolve. */
export * from './browser/static-server';
