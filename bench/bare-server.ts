/**
 * The physical limit: a bare node:http server answering the same bytes and headers as a cached
 * query, with no routing, no cache lookup, no GraphQL. `node bench/bare-server.ts BODYFILE HEADERSJSON`.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const body = readFileSync(process.argv[2]);
const headers = JSON.parse(readFileSync(process.argv[3], 'utf8')) as Record<string, string>;
createServer((_req, res) => {
  res.writeHead(200, headers);
  res.end(body);
}).listen(Number(process.env.PORT));
