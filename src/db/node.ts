import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createClient,
  LibsqlError,
  type Client,
  type Config,
  type InArgs,
  type InStatement,
  type Replicated,
  type ResultSet,
  type Transaction,
  type TransactionMode,
} from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { relations, type Database } from './index.js';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const migrationsFolder = resolve(projectRoot, 'migrations');
export const DEFAULT_DATABASE_URL = 'file:data/newsgraph.db';

export type NodeDatabase = Database & { $client: Client };

// How long a writer waits for another writer's lock on an embedded file before SQLITE_BUSY. Given to
// the client, not as a PRAGMA: the client pools connections and a PRAGMA reaches only one of them.
const BUSY_TIMEOUT_MS = 5000;
// How often the path of an embedded database is compared with the file that is open (a stat is a few µs).
// An open connection keeps reading a removed or replaced file, so only this notices that it went.
const FILE_CHECK_MS = 250;
// After a failure the database is not tried again for this long, doubling up to the maximum, so that
// a dead database is not hammered by every request; requests in between fail at once.
const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 1000;

/**
 * Error codes (libSQL's, SQLite's extended ones, Node's network ones) after which the client is reopened.
 * Not SQLITE_CORRUPT: a damaged page fails the queries that read it, and reopening would not mend it.
 */
const connectionFailureCodes =
  /^(CLIENT_CLOSED|SQLITE_CANTOPEN|SQLITE_IOERR|SQLITE_NOTADB|SQLITE_READONLY_DBMOVED|HRANA_WEBSOCKET_ERROR|HRANA_CLOSED_ERROR|SERVER_ERROR|STREAM_EXPIRED|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EHOSTUNREACH|ENETUNREACH|EAI_AGAIN|UND_ERR_)/;

/** True when the connection itself failed (not the statement): the database went away or cannot be read. */
function isConnectionFailure(error: unknown): boolean {
  for (let e: any = error, depth = 0; e && depth < 6; e = e.cause, depth++) {
    if ([e.code, e.extendedCode].some((code) => typeof code === 'string' && connectionFailureCodes.test(code)))
      return true;
    // The HTTP client reports an unreachable server as fetch's own TypeError.
    if (e instanceof TypeError && e.message === 'fetch failed') return true;
  }
  return false;
}

/** SQLITE_BUSY: the statement waited past the busy timeout for another writer's lock. */
function leavesStatementOpen(error: unknown): boolean {
  for (let e: any = error, depth = 0; e && depth < 6; e = e.cause, depth++) {
    if ([e.code, e.extendedCode].some((code) => typeof code === 'string' && code.startsWith('SQLITE_BUSY')))
      return true;
  }
  return false;
}

interface FileIdentity {
  dev: bigint;
  ino: bigint;
}

function fileAt(path: string) {
  return statSync(path, { bigint: true, throwIfNoEntry: false });
}

function identityAt(path: string): FileIdentity | undefined {
  const stat = fileAt(path);
  return stat && { dev: stat.dev, ino: stat.ino };
}

const sameFile = (a: FileIdentity | undefined, b: FileIdentity | undefined) =>
  !!a && !!b && a.dev === b.dev && a.ino === b.ino;

/**
 * A libSQL client that survives its database going away: it delegates to the current libSQL
 * client, drops it after a connection-level failure (or, for an embedded file, when the file at the
 * path is no longer the one it opened: removed, or replaced by a restore) and opens a new one on a
 * later use, after a short back-off. While the database is away every call fails with a LibsqlError
 * (which the API reports as SERVICE_UNAVAILABLE). Nothing is retried that could have run: a batch
 * that fails is the caller's error, so a write is acknowledged only when it committed.
 */
export class RecoveringClient implements Client {
  readonly protocol: string;
  #current: Client | undefined;
  /** The database file last opened and its write-ahead log; kept after a drop, to know the file if it comes back. */
  #known: { db: FileIdentity; wal: FileIdentity | undefined } | undefined;
  #opening: Promise<Client> | undefined;
  #closedByOwner = false;
  #lastFailure: unknown;
  #retryAt = 0;
  #retryMs = FIRST_RETRY_MS;
  #checkedAt = 0;

  /** Opens the database now (an embedded file is created if missing); throws when it cannot be opened. */
  constructor(
    private readonly config: Config,
    /** The embedded database's file, watched for removal or replacement; undefined for remote and in-memory databases. */
    private readonly filePath?: string,
  ) {
    this.#current = createClient(config);
    this.protocol = this.#current.protocol;
    this.#remember(this.filePath ? identityAt(this.filePath) : undefined);
  }

  get closed(): boolean {
    return this.#closedByOwner;
  }

  execute(stmt: InStatement): Promise<ResultSet>;
  execute(sql: string, args?: InArgs): Promise<ResultSet>;
  execute(stmtOrSql: InStatement | string, args?: InArgs): Promise<ResultSet> {
    return this.#run((client) =>
      typeof stmtOrSql === 'string' ? client.execute(stmtOrSql, args) : client.execute(stmtOrSql),
    );
  }

  batch(stmts: Array<InStatement | [string, InArgs?]>, mode?: TransactionMode): Promise<ResultSet[]> {
    return this.#run((client) => client.batch(stmts, mode));
  }

  migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    return this.#run((client) => client.migrate(stmts));
  }

  /** The transaction stays on the client it began on; if that client is dropped, its statements fail. */
  transaction(mode?: TransactionMode): Promise<Transaction> {
    return this.#run((client) => client.transaction(mode));
  }

  executeMultiple(sql: string): Promise<void> {
    return this.#run((client) => client.executeMultiple(sql));
  }

  sync(): Promise<Replicated> {
    return this.#run((client) => client.sync());
  }

  /** Closes for good (shutdown): later calls fail with CLIENT_CLOSED until reconnect(). */
  close(): void {
    this.#closedByOwner = true;
    this.#drop(new LibsqlError('The client is closed', 'CLIENT_CLOSED'));
  }

  /** Drops the current connection and opens a new one on the next use, without waiting. */
  reconnect(): void {
    this.#closedByOwner = false;
    this.#drop(new LibsqlError('Reconnecting', 'CLIENT_CLOSED'));
    this.#retryAt = 0;
    this.#retryMs = FIRST_RETRY_MS;
  }

  async #run<T>(operation: (client: Client) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const ready = this.#client();
      const client = ready instanceof Promise ? await ready : ready;
      try {
        return await operation(client);
      } catch (error) {
        // CLIENT_CLOSED is thrown before a statement runs: a client dropped here under a waiting call
        // ran nothing of it, so the call may go to the new client once.
        const droppedUnderIt =
          client !== this.#current && !this.#closedByOwner && (error as LibsqlError)?.code === 'CLIENT_CLOSED';
        if (droppedUnderIt && attempt === 1) continue;
        if (client === this.#current && isConnectionFailure(error)) this.#drop(error);
        else if (client === this.#current && leavesStatementOpen(error)) this.#renew();
        throw error;
      }
    }
  }

  /** The client to use now (without waiting when it is open), opened again if the last one was dropped and the back-off has passed. */
  #client(): Client | Promise<Client> {
    if (this.#closedByOwner) return Promise.reject(new LibsqlError('The client is closed', 'CLIENT_CLOSED'));
    this.#checkFile();
    if (this.#current) return this.#current;
    if (this.#opening) return this.#opening;
    if (Date.now() < this.#retryAt) {
      const cause = this.#lastFailure instanceof Error ? this.#lastFailure : undefined;
      return Promise.reject(
        new LibsqlError('The database is unavailable', 'DATABASE_UNAVAILABLE', undefined, undefined, cause),
      );
    }
    this.#opening = this.#reopen().finally(() => (this.#opening = undefined));
    return this.#opening;
  }

  /** Drops the open client when the file at the path is not the one it opened (at most every FILE_CHECK_MS). */
  #checkFile(): void {
    const now = Date.now();
    if (!this.filePath || !this.#current || now - this.#checkedAt < FILE_CHECK_MS) return;
    const identity = identityAt(this.filePath);
    if (sameFile(identity, this.#known?.db)) {
      this.#remember(identity);
      return;
    }
    this.#drop(new LibsqlError(`The database file ${identity ? 'was replaced' : 'is missing'}`, 'SQLITE_CANTOPEN'));
    // A replacement is picked up at once; a missing file is looked for again after the back-off.
    if (identity) this.#retryAt = 0;
  }

  /** Notes the open database file and its write-ahead log (which SQLite creates after the file). */
  #remember(db: FileIdentity | undefined): void {
    this.#checkedAt = Date.now();
    if (this.filePath && db) this.#known = { db, wal: identityAt(`${this.filePath}-wal`) ?? this.#known?.wal };
  }

  /**
   * A file put in the database's place must not be opened with the write-ahead log the old file left
   * at the path (SQLite would replay the old file's pages into the new one): that log is set aside,
   * and the old shared-memory index, which describes it, removed (SQLite rebuilds it from the log).
   */
  #setAsideStaleLog(): void {
    const wal = `${this.filePath}-wal`;
    if (!sameFile(identityAt(wal), this.#known?.wal)) return;
    const aside = `${wal}.stale-${Date.now()}`;
    renameSync(wal, aside);
    rmSync(`${this.filePath}-shm`, { force: true });
    console.warn(`newsgraph: the database file was replaced; the old file's write-ahead log was moved to ${aside}`);
  }

  async #reopen(): Promise<Client> {
    try {
      let identity: FileIdentity | undefined;
      if (this.filePath) {
        const stat = fileAt(this.filePath);
        // Opening a missing path would create an empty database there (and SQLite takes an empty file
        // for one): wait until a real database file is back instead.
        if (!stat || stat.size === 0n) throw new LibsqlError('The database file is missing', 'SQLITE_CANTOPEN');
        identity = { dev: stat.dev, ino: stat.ino };
        if (!sameFile(identity, this.#known?.db)) this.#setAsideStaleLog();
      }
      const client = createClient(this.config);
      try {
        // Opening proves little (a remote client connects lazily, a file is read on first use):
        // reading the schema version proves the database answers and the file is a database.
        await client.execute('pragma schema_version');
      } catch (error) {
        client.close();
        throw error;
      }
      if (this.#closedByOwner) {
        client.close();
        throw new LibsqlError('The client is closed', 'CLIENT_CLOSED');
      }
      this.#current = client;
      // The identity seen before opening: if the file changed in between, the next check reopens.
      this.#remember(identity);
      this.#retryMs = FIRST_RETRY_MS;
      return client;
    } catch (error) {
      this.#drop(error);
      throw error;
    }
  }

  /**
   * Replaces the current client at once (no back-off: the database is there). A statement that
   * failed on a lock held too long stays open on its pooled connection, and every later batch on
   * that connection fails to commit ("SQL statements in progress"); only closing the connection ends
   * it, and the pool is the client's own.
   */
  #renew(): void {
    const client = this.#current;
    this.#current = undefined;
    this.#retryAt = 0;
    try {
      client?.close();
    } catch {
      // a client that fails to close is gone all the same
    }
  }

  /** Forgets the current client (closing it) and schedules the next attempt after the back-off. */
  #drop(reason: unknown): void {
    const client = this.#current;
    this.#current = undefined;
    this.#lastFailure = reason;
    this.#retryAt = Date.now() + this.#retryMs;
    this.#retryMs = Math.min(this.#retryMs * 2, MAX_RETRY_MS);
    try {
      client?.close();
    } catch {
      // a client that fails to close is gone all the same
    }
  }
}

/** The file of an embedded database URL, or undefined for an in-memory or remote one. */
function embeddedFile(url: string): string | undefined {
  if (!url.startsWith('file:')) return undefined;
  const path = url.slice('file:'.length).split('?')[0];
  return path && path !== ':memory:' ? resolve(path) : undefined;
}

/**
 * Opens the libSQL database at `url` (an embedded file is created with its folder). The client
 * recovers by itself when the database goes away and comes back (see RecoveringClient).
 */
export function openDatabase(url = DEFAULT_DATABASE_URL, authToken?: string): NodeDatabase {
  const file = embeddedFile(url);
  if (file) mkdirSync(dirname(file), { recursive: true });
  const client = new RecoveringClient({ url, authToken, timeout: BUSY_TIMEOUT_MS }, file);
  return drizzle({ client, relations });
}

export async function migrateDatabase(db: NodeDatabase): Promise<void> {
  if (db.$client.protocol === 'file') {
    // Readers keep going while a writer writes (WAL is a property of the file, so one PRAGMA is enough).
    await db.$client.execute('PRAGMA journal_mode = WAL');
  }
  await migrate(db, { migrationsFolder });
}
