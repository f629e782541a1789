// The project's seeded PRNG (server/seed/random.ts) with helpers, so a failing run can be replayed
// with RELIABILITY_SEED=<seed>.
import { mulberry32 } from '../server/seed/random';

export interface Random {
  seed: number;
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

/** RELIABILITY_SEED when set, otherwise a fresh seed; the caller logs it. */
export function seedFromEnv(): number {
  const fromEnv = process.env['RELIABILITY_SEED'];
  return fromEnv === undefined ? Math.floor(Math.random() * 2 ** 32) : Number(fromEnv) >>> 0;
}

export function seededRandom(seed: number): Random {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    seed,
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(0, items.length - 1)]!;
    },
    chance: (p: number) => next() < p,
  };
}
