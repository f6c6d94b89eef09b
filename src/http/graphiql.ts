/**
 * GraphiQL served entirely by the service: the page below loads @graphql-yoga/graphiql's bundle,
 * stylesheet and Monaco editor workers from `/graphiql/…` on the same origin, never from a CDN.
 * On Node those files are read from node_modules (`graphiqlAssetHandler`); on Workers they are
 * copied into `public/graphiql/` at install time (scripts/copy-graphiql-assets.mjs) and served as
 * static assets before the Worker runs.
 */

export const GRAPHIQL_ASSET_PREFIX = '/graphiql/';

/** Files of @graphql-yoga/graphiql's `dist/` the page needs, by their path under the prefix. */
export const GRAPHIQL_ASSET_FILES = [
  'yoga-graphiql.umd.js',
  'graphiql.css',
  'monacoeditorwork/editor.worker.bundle.js',
  'monacoeditorwork/json.worker.bundle.js',
  'monacoeditorwork/graphql.worker..bundle.js',
] as const;

export interface GraphiQLPageOptions {
  title: string;
  /** The query the editor opens with. */
  query: string;
  endpoint?: string;
}

/** JSON that is safe inside a `<script>` element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The GraphiQL page. It opens with `query` in the editor and the documentation explorer shown, so
 * the API's types and descriptions are visible from the first screen.
 */
export function renderGraphiQLPage(options: GraphiQLPageOptions): string {
  const asset = (file: string) => `${GRAPHIQL_ASSET_PREFIX}${file}`;
  const workers = {
    editorWorkerService: asset('monacoeditorwork/editor.worker.bundle.js'),
    json: asset('monacoeditorwork/json.worker.bundle.js'),
    graphql: asset('monacoeditorwork/graphql.worker..bundle.js'),
  };
  const props = {
    title: options.title,
    endpoint: options.endpoint ?? '/graphql',
    query: options.query,
    defaultQuery: options.query,
    visiblePlugin: 'Documentation Explorer',
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${asset('graphiql.css')}">
</head>
<body id="body" class="no-focus-outline">
<noscript>GraphiQL needs JavaScript. Without it, POST queries to ${escapeHtml(props.endpoint)} as JSON.</noscript>
<div id="root">Loading ${escapeHtml(options.title)}…</div>
<script>
const workerUrls = ${scriptJson(workers)};
self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_moduleId, label) => workerUrls[label] ?? workerUrls.editorWorkerService };
</script>
<script src="${asset('yoga-graphiql.umd.js')}"></script>
<script>YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), ${scriptJson(props)});</script>
</body>
</html>`;
}

const contentTypes: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/**
 * Serves GraphiQL's files under `/graphiql/` from `read` (a runtime's way to read a file of the
 * package's `dist/`). Only the listed files are served, so no path can reach anything else.
 */
export function graphiqlAssetHandler(read: (file: string) => Promise<Uint8Array>) {
  const allowed = new Set<string>(GRAPHIQL_ASSET_FILES);
  const loaded = new Map<string, Promise<Uint8Array>>();
  return async (request: Request): Promise<Response> => {
    const file = new URL(request.url).pathname.slice(GRAPHIQL_ASSET_PREFIX.length);
    if (!allowed.has(file) || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    }
    let body = loaded.get(file);
    if (!body) {
      body = read(file);
      loaded.set(file, body);
      body.catch(() => loaded.delete(file));
    }
    const bytes = await body;
    return new Response(request.method === 'HEAD' ? null : (bytes as BodyInit), {
      headers: {
        'content-type': contentTypes[file.split('.').pop() ?? ''] ?? 'application/octet-stream',
        'content-length': String(bytes.byteLength),
        // The files change only with the package version; a day is long enough to help, short enough to pick up upgrades.
        'cache-control': 'public, max-age=86400',
      },
    });
  };
}
