// Reads a JSON request body and validates it with a zod schema: malformed JSON is
// a 400 `invalid_json`, a wrong shape a 400 `validation_error` with zod's issues.
import "server-only";
import type { z } from "zod";
import { ApiError } from "./errors";

const MAX_API_BODY_BYTES = 256 * 1024;

export async function parseBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_API_BODY_BYTES) {
    throw new ApiError("payload_too_large", `The request body is larger than ${MAX_API_BODY_BYTES / 1024} KB.`);
  }
  let json: unknown;
  try {
    json = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    throw new ApiError("invalid_json", "The request body is not valid JSON.");
  }
  const result = schema.safeParse(json);
  if (!result.success) throw new ApiError("validation_error", "The request is not valid.", result.error.issues);
  return result.data;
}
