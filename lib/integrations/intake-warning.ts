// The dashboard's warning for an endpoint whose intake limit could refuse a provider
// that will not send the refused delivery again (issue 13). Pure, so the details dialog
// and a unit test share it.
import type { RetryPolicy } from "./types";

export function intakeLimitWarning(limit: number | undefined, name: string, retries: RetryPolicy): string | undefined {
  if (limit === undefined || retries.level === "sustained") return undefined;
  const why = {
    none: `${name} does not retry a refused delivery`,
    few: `${name} retries a refused delivery only a few times`,
    "not-documented": `${name} does not document whether it retries a refused delivery`,
  }[retries.level];
  return `${why}, so each 429 from this ${limit} requests/s intake limit can lose an event. Remove the limit unless the database needs it; overload is answered with 503 either way.`;
}
