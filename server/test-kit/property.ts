// fast-check settings of the server's property suites. The seed is fixed so every CI run checks the
// same cases; a failure report prints seed and path, and FC_SEED / FC_PATH replay (or vary) a run.
import fc, { type Parameters } from 'fast-check';

/** Give the surrounding test a timeout above `timeLimitMs`: a run cut short fails with what it found so far. */
export function propertyParameters<T>(numRuns: number, timeLimitMs = 45_000): Parameters<T> {
  const path = process.env['FC_PATH'];
  return {
    numRuns,
    seed: Number(process.env['FC_SEED'] ?? 20_261_127),
    ...(path !== undefined && { path }),
    plugins: [fc.interruptAfterTimeLimit(timeLimitMs, { failOnInterrupt: true })],
  };
}
