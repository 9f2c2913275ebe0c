// Types of bin/server-build.js for the TypeScript that imports it (bench/startup.ts, tests).
export const SERVER_DIST: string;
export const SERVER_MAIN: string;
export function isServerBuildFresh(): boolean;
export function buildServer(): Promise<void>;
