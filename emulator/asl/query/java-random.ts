/** java.util.Random, bit for bit, for the seeded draws AWS makes with it ($random(seed), States.MathRandom with a seed). */
const MULTIPLIER = 0x5deece66dn;
const ADDEND = 0xbn;
const MASK = (1n << 48n) - 1n;
const LONG_MIN = -(1n << 63n);
const LONG_MAX = (1n << 63n) - 1n;

/**
 * java.util.Random, bit for bit: AWS seeds `$random(seed)` with it (`$random(42)` is
 * 0.7275636800328681 on AWS, Java's first nextDouble() for seed 42).
 */
export class JavaRandom {
  private seed: bigint;

  constructor(seed: bigint) {
    this.seed = (BigInt.asIntN(64, seed) ^ MULTIPLIER) & MASK;
  }

  nextDouble(): number {
    const high = BigInt(this.next(26));
    const low = BigInt(this.next(27));
    return Number((high << 27n) + low) / 2 ** 53;
  }

  /** Java's nextInt(bound): uniform in [0, bound), rejecting the draws that would bias it. */
  nextInt(bound: number): number {
    const m = bound - 1;
    let u = this.next(31);
    if ((bound & m) === 0) return Number((BigInt(bound) * BigInt(u)) >> 31n);
    // Java's loop ends when `u - r + m` stays within int range; numbers here do not wrap, so compare instead.
    let r = u % bound;
    while (u - r + m > 0x7fffffff) {
      u = this.next(31);
      r = u % bound;
    }
    return r;
  }

  private next(bits: number): number {
    this.seed = (this.seed * MULTIPLIER + ADDEND) & MASK;
    return Number(BigInt.asIntN(32, this.seed >> BigInt(48 - bits)));
  }
}

/** Java's `(long) value` narrowing: truncates toward zero, saturates at the long range, NaN is 0. */
export function toJavaLong(value: number): bigint {
  if (Number.isNaN(value)) return 0n;
  if (value === Infinity) return LONG_MAX;
  if (value === -Infinity) return LONG_MIN;
  const truncated = BigInt(Math.trunc(value));
  if (truncated > LONG_MAX) return LONG_MAX;
  if (truncated < LONG_MIN) return LONG_MIN;
  return truncated;
}
