/** Minimal types for autocannon (the package ships none); only what scripts/bench.mts uses. */
declare module "autocannon" {
  interface Result {
    requests: { average: number; total: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  }
  interface Instance extends PromiseLike<Result> {
    on(event: "response", cb: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): void;
  }
  function autocannon(opts: { url: string; connections?: number; duration?: number; timeout?: number; headers?: Record<string, string> }): Instance;
  export default autocannon;
}
