/** The runtime's source of randomness and generated ids: the system's, or a seeded one so runs repeat. */
import { randomUUID } from "node:crypto";

/** Where the runtime's randomness and generated ids come from: the system, or a seed. */
export interface Entropy {
  /** A number in [0, 1). */
  random(): number;
  /** A version 4 UUID. */
  uuid(): string;
  /** Starts the sequence again (a reset); the system source has none to restart. */
  restart(): void;
}

export function systemEntropy(): Entropy {
  return { random: Math.random, uuid: randomUUID, restart: () => undefined };
}

/**
 * A reproducible source: the same seed gives the same numbers and UUIDs in the same order, so
 * execution names, States.UUID, $uuid(), States.MathRandom and $random() repeat run for run.
 * sfc32 seeded through cyrb128, both small public-domain generators with good statistics.
 */
export function seededEntropy(seed: string | number): Entropy {
  let next = sfc32(cyrb128(String(seed)));
  const word = (): number => Math.floor(next() * 2 ** 32);
  return {
    random: () => next(),
    uuid() {
      const bytes = Buffer.alloc(16);
      for (let i = 0; i < 16; i += 4) bytes.writeUInt32BE(word(), i);
      bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
      bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
      const hex = bytes.toString("hex");
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    },
    restart() {
      next = sfc32(cyrb128(String(seed)));
    },
  };
}

/** A 128-bit hash of a string, as four 32-bit words. */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

/** Small Fast Counter: a 128-bit state generator of 32-bit numbers, returned in [0, 1). */
function sfc32([seedA, seedB, seedC, seedD]: [number, number, number, number]): () => number {
  let a = seedA;
  let b = seedB;
  let c = seedC;
  let d = seedD;
  const step = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // The first outputs still echo the seed; discard them.
  for (let i = 0; i < 12; i++) step();
  return step;
}
