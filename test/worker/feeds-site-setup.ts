// Global setup of the workers project (runs in Node): the loopback news site the feed tests in
// workerd fetch from, its origin handed to them with provide/inject.
import type { TestProject } from 'vitest/node';
import { startNewsSite } from '../feeds/site.js';

declare module 'vitest' {
  export interface ProvidedContext {
    newsSiteOrigin: string;
  }
}

export default async function setup(project: TestProject) {
  const site = await startNewsSite();
  project.provide('newsSiteOrigin', site.origin);
  return () => site.close();
}
