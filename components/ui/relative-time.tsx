"use client";

import { useSyncExternalStore } from "react";

// "3 min ago", with the exact time on hover and for screen readers (<time dateTime>).
// The relative text is computed after hydration too, so server and client agree.
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 86_400_000],
  ["month", 30 * 86_400_000],
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
  ["second", 1000],
];
const format = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

export function relativeTime(iso: string, now: number): string {
  const delta = new Date(iso).getTime() - now;
  for (const [unit, ms] of UNITS) {
    if (Math.abs(delta) >= ms || unit === "second") return format.format(Math.round(delta / ms), unit);
  }
  return "";
}

// A shared clock: each mounted RelativeTime refreshes it every 30 s and re-renders.
// The server (and hydration) snapshot is null, so the server's exact time is what hydrates.
const TICK_MS = 30_000;
let clock = Date.now();
function subscribeClock(onTick: () => void) {
  clock = Date.now();
  const timer = setInterval(() => {
    clock = Date.now();
    onTick();
  }, TICK_MS);
  return () => clearInterval(timer);
}

export function RelativeTime({ iso, empty = "never" }: { iso: string | null; empty?: string }) {
  const now = useSyncExternalStore<number | null>(
    subscribeClock,
    () => clock,
    () => null,
  );
  if (!iso) return <span className="text-slate-500 dark:text-slate-400">{empty}</span>;
  const exact = new Date(iso).toLocaleString();
  return (
    <time dateTime={iso} title={exact} className="whitespace-nowrap">
      {now === null ? exact : relativeTime(iso, now)}
    </time>
  );
}
