// "0,1m,5m,30m,2h" → [0, 60000, 300000, 1800000, 7200000] (HOOKYARD_RETRY_SCHEDULE).
import "server-only";

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;

export function parseDuration(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!match) throw new Error(`"${text.trim()}" is not a duration like 0, 50ms, 30s, 5m or 2h`);
  const unit = (match[2] ?? "ms") as keyof typeof UNIT_MS;
  return Math.round(Number(match[1]) * UNIT_MS[unit]);
}

export function parseDurationList(text: string): number[] {
  const list = text.split(",").map(parseDuration);
  if (list.length === 0) throw new Error("expected at least one delay");
  return list;
}
