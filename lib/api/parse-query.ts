// Validates a request's query string with a zod schema (400 validation_error).
import "server-only";
import type { z } from "zod";
import { ApiError } from "./errors";

export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const result = schema.safeParse(params);
  if (!result.success) throw new ApiError("validation_error", result.error.issues.map((i) => i.message).join("; "), result.error.issues);
  return result.data;
}
