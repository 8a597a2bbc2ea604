// The slice of autocannon's API the benchmark uses (the package ships no typings).
declare module 'autocannon' {
  interface Request {
    method?: string
    path?: string
    headers?: Record<string, string>
    body?: string
    setupRequest?: (req: Request, context: Record<string, unknown>) => Request
    onResponse?: (
      status: number,
      body: string,
      context: Record<string, unknown>,
      headers: Record<string, string>,
    ) => void
  }
  interface Options {
    url: string
    connections?: number
    duration?: number
    /** Stop after this many requests even if the duration is not over. */
    maxOverallRequests?: number
    requests?: Request[]
  }
  interface Result {
    requests: { average: number; total: number }
    latency: { p50: number; p97_5: number; p99: number }
    errors: number
    timeouts: number
    non2xx: number
    /** How long the run took, in seconds. */
    duration: number
  }
  function autocannon(opts: Options): Promise<Result>
  export = autocannon
}
