// fast-check generators for the reliability suite's hostile input.
import fc from "fast-check";

/** A change of exactly one byte: a flipped bit, an inserted byte or a deleted one. */
export function flipOneByte(): fc.Arbitrary<(body: Buffer) => Buffer> {
  return fc.oneof(
    fc.record({ at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }).map(({ at, bit }) => (body: Buffer) => {
      if (body.length === 0) return Buffer.from([1 << bit]);
      const copy = Buffer.from(body);
      copy[at % copy.length] ^= 1 << bit;
      return copy;
    }),
    fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }).map(({ at, byte }) => (body: Buffer) => {
      const i = at % (body.length + 1);
      return Buffer.concat([body.subarray(0, i), Buffer.from([byte]), body.subarray(i)]);
    }),
    fc.nat().map((at) => (body: Buffer) => {
      if (body.length === 0) return Buffer.from(" ");
      const i = at % body.length;
      return Buffer.concat([body.subarray(0, i), body.subarray(i + 1)]);
    }),
  );
}

/** What an HTTP header value can carry on the wire (latin1, no line breaks): HTML, quotes, SQL, long runs. */
export function headerValue(): fc.Arbitrary<string> {
  const char = fc
    .integer({ min: 0x20, max: 0xff })
    .filter((c) => c !== 0x7f)
    .map((c) => String.fromCharCode(c));
  return fc.oneof(
    fc.string({ unit: char, maxLength: 120 }),
    fc.constantFrom("", " ", "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd", "sha256=", "v1,", "t=,v1=", "0", "-1", "99999999999999999999", "NaN", "x".repeat(9000)),
  );
}

/** Replaces one value somewhere in a JSON document (at any depth) with an arbitrary JSON value. */
export function mutateJson(): fc.Arbitrary<(value: unknown) => unknown> {
  return fc.record({ path: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), replacement: fc.jsonValue({ maxDepth: 3 }) }).map(({ path, replacement }) => (value: unknown) => {
    const copy = structuredClone(value);
    let node: unknown = copy;
    for (let depth = 0; depth < path.length; depth++) {
      if (!node || typeof node !== "object") break;
      // Arrays are objects whose keys are their indices: one record type covers both.
      const record = node as Record<string, unknown>;
      const keys = Object.keys(record);
      if (keys.length === 0) break;
      const key = keys[path[depth] % keys.length];
      const child = record[key];
      if (depth === path.length - 1 || !child || typeof child !== "object") {
        record[key] = replacement;
        break;
      }
      node = child;
    }
    return copy;
  });
}
