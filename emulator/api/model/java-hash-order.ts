/**
 * AWS's request validator (a Java service framework) lists enum values and validation errors in
 * the iteration order of Java hash tables, not in model order; these functions reproduce it.
 * The rules below were inferred from every enum set and multi-error message we have from real
 * AWS (Step Functions' statusFilter, several DynamoDB, Cognito and Lambda ones): see the tests.
 */

/** Java's `String.hashCode()` as an unsigned 32-bit integer. */
export function javaStringHash(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i += 1) {
    hash = (Math.imul(31, hash) + text.charCodeAt(i)) | 0;
  }
  return hash >>> 0;
}

/** The bucket count a `java.util.HashMap` filled one key at a time has after `size` puts. */
function hashMapCapacity(size: number, initial: number): number {
  let capacity = initial;
  while (size > capacity * 0.75) capacity *= 2;
  return capacity;
}

function byBucket(keys: readonly string[], bucketOf: (key: string) => number, laterFirst: boolean): string[] {
  const indexed = keys.map((key, index) => ({ key, index, bucket: bucketOf(key) }));
  indexed.sort((a, b) => a.bucket - b.bucket || (laterFirst ? b.index - a.index : a.index - b.index));
  return indexed.map((entry) => entry.key);
}

/** Iteration order of a Java 8+ `HashMap`/`HashSet` of these keys, inserted in the given order. */
export function javaHashMapOrder(keys: readonly string[]): string[] {
  const mask = hashMapCapacity(keys.length, 16) - 1;
  return byBucket(
    keys,
    (key) => {
      const hash = javaStringHash(key);
      return ((hash ^ (hash >>> 16)) & mask) >>> 0;
    },
    false,
  );
}

/**
 * The order of "Member must satisfy enum value set: [...]": buckets of 32 on the raw hash, and
 * within a bucket the value declared later first (checked against nine measured AWS messages).
 */
export function awsEnumSetOrder(values: readonly string[]): string[] {
  const mask = hashMapCapacity(values.length, 32) - 1;
  return byBucket(values, (value) => (javaStringHash(value) & mask) >>> 0, true);
}
