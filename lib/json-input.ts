// A JSON column's write value. Prisma types Json inputs as InputJsonValue, which a
// Record<string, unknown> (stored configs, remote metadata) does not satisfy because of its
// `unknown` values, although everything in them came from JSON or zod; a plain `object` does.
// The call sites used to widen with `x as object`, which tsc needs, but typescript-eslint's
// no-unnecessary-type-assertion takes the contextual type of a property inside a generic
// Prisma call (`update<T>(args: SelectSubset<T, …>)`) as accepting the unwidened value and
// flags the cast (lint and tsc see the same Prisma types; the rule's contextual check differs).
// Widening through this parameter needs no assertion at all.
// https://www.prisma.io/docs/orm/prisma-client/special-fields-and-types/working-with-json-fields
// https://github.com/typescript-eslint/typescript-eslint/issues/12376
import "server-only";
import type { Prisma } from "./db";

export function asJsonInput(value: object): Prisma.InputJsonObject {
  return value;
}
