// The one JSON error shape of DESIGN.md §3: {"error":{"code","message","details"?}}.
// A code decides the status; unknown errors become a generic 500 and are logged,
// their message never reaches the client.
import "server-only";
import { ZodError } from "zod";

export const ERROR_STATUS = {
  invalid_json: 400,
  validation_error: 400,
  bad_request: 400,
  unauthorized: 401,
  invalid_signature: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal_error: 500,
  database_unavailable: 503,
  overloaded: 503,
  starting: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function errorBody(code: ErrorCode, message: string, details?: unknown) {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

export function errorResponse(error: unknown): Response {
  const apiError = toApiError(error);
  return Response.json(errorBody(apiError.code, apiError.message, apiError.details), {
    status: apiError.status,
    headers: apiError.headers,
  });
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof ZodError) {
    return new ApiError("validation_error", "The request is not valid.", error.issues);
  }
  if (isDatabaseUnavailable(error)) {
    console.error("[hookyard] database unavailable:", (error as Error).message);
    return new ApiError("database_unavailable", "The database cannot be reached; try again shortly.", undefined, { "Retry-After": "5" });
  }
  console.error("[hookyard] unexpected error:", error);
  return new ApiError("internal_error", "Something went wrong on our side; it has been logged.");
}

// The database is down, gone or unusable (not a bad query): answer 503, not 500.
// Prisma reports these as P1xxx connection codes, P2021 (table missing) and P2024
// (pool timeout); driver adapters as DriverAdapterError kinds; drivers by message.
const UNAVAILABLE_CODES = new Set([
  "P1001",
  "P1002",
  "P1003",
  "P1008",
  "P1010",
  "P1011",
  "P1017",
  "P2021",
  "P2024",
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "ETIMEDOUT",
  "57P01",
  "3D000",
  "SQLITE_CANTOPEN",
  "SQLITE_BUSY",
  "SQLITE_CORRUPT",
  "SQLITE_NOTADB",
]);
const UNAVAILABLE_KINDS = new Set(["DatabaseDoesNotExist", "DatabaseNotReachable", "DatabaseAccessDenied", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TableDoesNotExist"]);
const UNAVAILABLE_MESSAGE =
  /ECONNREFUSED|ENOTFOUND|ETIMEDOUT|SQLITE_CANTOPEN|SQLITE_BUSY|no such table|does not exist in the current database|database "[^"]*" does not exist|terminating connection|Connection terminated|too many clients|database system is (starting|shutting)|Can't reach database/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const { name, code, kind, message, originalCode } = e as Record<string, unknown>;
    if (name === "PrismaClientInitializationError") return true;
    if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
    if (typeof originalCode === "string" && UNAVAILABLE_CODES.has(originalCode)) return true;
    if (typeof kind === "string" && UNAVAILABLE_KINDS.has(kind)) return true;
    if (typeof message === "string" && UNAVAILABLE_MESSAGE.test(message)) return true;
  }
  return false;
}
