// Types for the workers-pool tests. The project compiles against the DOM lib, not
// @cloudflare/workers-types globally, so the few runtime modules the tests use are declared here.
declare namespace Cloudflare {
  interface Env {
    DB: import('@cloudflare/workers-types').D1Database;
    EMPTY_DB: import('@cloudflare/workers-types').D1Database;
    ADMIN_TOKEN: string;
    SEED_SAMPLES: string;
    TEST_MIGRATIONS: import('@cloudflare/vitest-pool-workers').D1Migration[];
  }
}

declare module 'cloudflare:workers' {
  export const env: Cloudflare.Env;
  /** The main Worker's exports (src/worker.ts), called like requests from outside. */
  export const exports: { default: { fetch(request: Request | string, init?: RequestInit): Promise<Response> } };
}
