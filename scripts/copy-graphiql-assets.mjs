// Copies GraphiQL's bundle, stylesheet and editor workers from @graphql-yoga/graphiql into
// public/graphiql/, which the Worker serves as static assets (wrangler.toml [assets]); Node serves
// them from node_modules directly. Runs on `npm install` (postinstall), so no manual step.
import { cpSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(dirname(createRequire(import.meta.url).resolve('@graphql-yoga/graphiql/package.json')), 'dist');
const target = join(root, 'public/graphiql');
mkdirSync(target, { recursive: true });
for (const entry of ['yoga-graphiql.umd.js', 'graphiql.css', 'monacoeditorwork']) {
  cpSync(join(dist, entry), join(target, entry), { recursive: true });
}
console.log(`GraphiQL assets copied to ${target}`);
