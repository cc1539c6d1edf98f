/** Tests that JavaRandom reproduces java.util.Random's draws, seeds and long conversion. */
import { JavaRandom, toJavaLong } from "./java-random";

describe("JavaRandom", () => {
  it("reproduces java.util.Random's nextDouble sequence", () => {
    const random = new JavaRandom(0n);
    expect(random.nextDouble()).toBe(0.730967787376657);
    expect(random.nextDouble()).toBe(0.24053641567148587);
  });

  it.each([
    [-1n, 0.26894263088050496, 0.012269981921235296],
    [42n, 0.7275636800328681, 0.6832234717598454],
    [12345678901234n, 0.7136035984043144, 0.577554905691482],
    [-(1n << 63n), 0.730967787376657, 0.24053641567148587],
  ])("matches java.util.Random(%s) as run by a JVM", (seed, first, second) => {
    const random = new JavaRandom(seed);
    expect([random.nextDouble(), random.nextDouble()]).toEqual([first, second]);
  });

  it("uses only the low 48 bits of the seed, as Java does", () => {
    expect(new JavaRandom(42n + (1n << 48n)).nextDouble()).toBe(new JavaRandom(42n).nextDouble());
    expect(new JavaRandom(-1n).nextDouble()).toBe(new JavaRandom((1n << 48n) - 1n).nextDouble());
  });
});

describe("JavaRandom.nextInt", () => {
  // Each expected value is java.util.Random(seed).nextInt(bound) as run by a JVM (OpenJDK 17).
  it.each([
    [42n, 999, 125],
    [42n, 10, 0],
    [42n, 16, 11],
    [42n, 1000005, 423320],
    [3n, 999, 239],
    [-7n, 16, 4],
    [123456789n, 999, 403],
    [123456789n, 1000005, 3835],
  ])("matches java.util.Random(%s).nextInt(%s)", (seed, bound, expected) => {
    expect(new JavaRandom(seed).nextInt(bound)).toBe(expected);
  });
});

describe("toJavaLong", () => {
  it("truncates toward zero and saturates like Java's cast", () => {
    expect(toJavaLong(-1.9)).toBe(-1n);
    expect(toJavaLong(Number.NaN)).toBe(0n);
    expect(toJavaLong(1e30)).toBe((1n << 63n) - 1n);
  });
});
