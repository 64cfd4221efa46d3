// Row ids that sort by creation time (the UUIDv7 layout of RFC 9562: 48 bits of Unix
// milliseconds, then random bits). The receiver's rows are inserted at the end of
// their primary-key index instead of at a random page of it, which is what made
// random UUIDs the most expensive part of an insert on SQLite (bench/README.md).
import "server-only";
import { randomUUID } from "node:crypto";

export function timeOrderedId(now: number = Date.now()): string {
  const random = randomUUID(); // xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx: keep its random tail
  const time = now.toString(16).padStart(12, "0");
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${random.slice(15)}`;
}
