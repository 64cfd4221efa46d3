// Field errors for a form, keyed by the top-level field name, from zod issues: the same
// issues the browser gets from schema.safeParse and the API returns in error.details
// (400 validation_error, 422 with [{path, message}]). The first message per field wins.
import { ApiClientError } from "../swr/fetch-json";

export type FieldErrors = Record<string, string>;

type IssueLike = { path?: unknown; message?: unknown };

export function issuesToFieldErrors(issues: readonly IssueLike[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = Array.isArray(issue.path) && issue.path.length > 0 ? String(issue.path[0]) : "";
    if (key && typeof issue.message === "string" && !(key in errors)) errors[key] = issue.message;
  }
  return errors;
}

/** The field errors an API failure carries, or none. */
export function serverFieldErrors(error: unknown): FieldErrors {
  if (error instanceof ApiClientError && Array.isArray(error.details)) return issuesToFieldErrors(error.details as IssueLike[]);
  return {};
}
