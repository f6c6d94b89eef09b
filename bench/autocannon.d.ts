// autocannon ships no types; only what bench/load.ts uses.
declare module 'autocannon' {
  interface Histogram { average: number; p50: number; p99: number; total: number }
  interface Result { requests: Histogram; latency: Histogram; errors: number; timeouts: number; non2xx: number }
  interface Request { method?: string; path?: string; setupRequest?: (request: Record<string, unknown>) => Record<string, unknown> }
  function autocannon(options: { url: string; connections?: number; duration?: number; requests?: Request[] }): Promise<Result>;
  export default autocannon;
}
