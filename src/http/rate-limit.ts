import { LRUCache } from 'lru-cache';

/**
 * Per-client rate limiting by query cost, as a token bucket (Shopify's "leaky bucket" of cost
 * points): each client IP has `capacity` points that refill at `restoreRate` points a second; a
 * request spends its query cost, and is refused with RATE_LIMITED and `Retry-After` when the bucket
 * holds less than that cost.
 *
 * Hand-written because the one library that fits the runtimes, rate-limiter-flexible, counts
 * points in fixed windows that reset all at once (a client can spend twice its budget around a
 * reset) and expires keys with per-key timers; a token bucket is ~40 lines over lru-cache, which
 * bounds memory however many addresses send requests. Runs the same on Node and workerd. On
 * Workers each isolate has its own buckets, so the limit holds per isolate (see README).
 */
export interface RateLimitOptions {
  /** Points a client may spend at once; 0 turns rate limiting off. */
  capacity: number;
  /** Points restored per second. */
  restoreRate: number;
  /** Distinct clients remembered; the least recently seen are forgotten (their buckets refill). */
  maxClients?: number;
  now?: () => number;
}

/** Shopify's `throttleStatus`, shown to clients in `extensions.cost`. */
export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

export type SpendResult =
  | { ok: true; status: ThrottleStatus }
  | { ok: false; status: ThrottleStatus; retryAfterSeconds: number };

interface Bucket {
  points: number;
  at: number;
}

export class CostRateLimiter {
  private readonly buckets: LRUCache<string, Bucket>;
  private readonly now: () => number;

  constructor(private readonly options: RateLimitOptions) {
    this.buckets = new LRUCache({ max: options.maxClients ?? 50_000 });
    this.now = options.now ?? Date.now;
  }

  get enabled(): boolean {
    return this.options.capacity > 0;
  }

  /** Spends `cost` points of `client`'s bucket when it holds that many; otherwise spends nothing. */
  spend(client: string, cost: number): SpendResult {
    const bucket = this.refilled(client);
    if (bucket.points < cost) {
      const missing = Math.min(cost, this.options.capacity) - bucket.points;
      const retryAfterSeconds = Math.max(1, Math.ceil(missing / this.options.restoreRate));
      return { ok: false, status: this.statusOf(bucket), retryAfterSeconds };
    }
    bucket.points -= cost;
    return { ok: true, status: this.statusOf(bucket) };
  }

  /**
   * Charges `points` for work already done, whether or not the bucket holds them: it may go into
   * debt down to minus its capacity, which the client waits out (refusals are answered 429 until the
   * points are restored). Without the debt, one point restored every few milliseconds would let each
   * costly refusal through.
   */
  take(client: string, points: number): void {
    const bucket = this.refilled(client);
    bucket.points = Math.max(-this.options.capacity, bucket.points - Math.max(0, points));
  }

  /** Gives back points spent on an estimate once the actual cost is known. */
  refund(client: string, points: number): ThrottleStatus {
    const bucket = this.refilled(client);
    bucket.points = Math.min(this.options.capacity, bucket.points + Math.max(0, points));
    return this.statusOf(bucket);
  }

  private refilled(client: string): Bucket {
    const now = this.now();
    let bucket = this.buckets.get(client);
    if (!bucket) {
      bucket = { points: this.options.capacity, at: now };
      this.buckets.set(client, bucket);
    }
    const restored = ((now - bucket.at) / 1000) * this.options.restoreRate;
    bucket.points = Math.min(this.options.capacity, bucket.points + restored);
    bucket.at = now;
    return bucket;
  }

  private statusOf(bucket: Bucket): ThrottleStatus {
    return {
      maximumAvailable: this.options.capacity,
      currentlyAvailable: Math.floor(bucket.points),
      restoreRate: this.options.restoreRate,
    };
  }
}

/**
 * The bucket key of a client address: IPv4 as is; IPv6 by its /64 network, since one subscriber
 * usually holds a whole /64 and could otherwise rotate addresses to dodge the limit.
 */
export function clientKey(ip: string | undefined | null): string {
  if (!ip) return 'unknown';
  const address = ip.trim().toLowerCase();
  if (!address.includes(':')) return address;
  if (address.startsWith('::ffff:') && address.includes('.')) return address.slice('::ffff:'.length);
  const [head, tail = ''] = address.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = address.includes('::') && tail ? tail.split(':') : [];
  const missing = Math.max(0, 8 - headGroups.length - tailGroups.length);
  const groups = [...headGroups, ...Array(address.includes('::') ? missing : 0).fill('0'), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** Rate-limit settings from the environment (RATE_LIMIT_POINTS, RATE_LIMIT_RESTORE_RATE). */
export function rateLimitFromEnv(env: Record<string, unknown>): RateLimitOptions {
  const number = (value: unknown, fallback: number) => {
    const parsed = Number(value);
    return value === undefined || value === '' || !Number.isFinite(parsed) || parsed < 0 ? fallback : parsed;
  };
  return {
    capacity: number(env.RATE_LIMIT_POINTS, DEFAULT_RATE_LIMIT.capacity),
    restoreRate: Math.max(0.001, number(env.RATE_LIMIT_RESTORE_RATE, DEFAULT_RATE_LIMIT.restoreRate)),
  };
}

export const DEFAULT_RATE_LIMIT = { capacity: 20_000, restoreRate: 400 } as const;
