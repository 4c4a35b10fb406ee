// Serves the built app (npm run test:e2e builds it first) for all browser tests; BASE_URL tells them where.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDist } from './server';

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm run test:e2e does).');
  const served = await serveDist();
  project.provide('baseUrl', served.url);
  return () => served.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
