import type { HourBucket } from "@/lib/dashboard/events-per-hour";

// Events per hour as plain SVG bars (failures stacked on top in red), scaled to the
// busiest hour. Screen readers get the same numbers as a table.
const WIDTH = 720;
const HEIGHT = 180;
const AXIS = 20;

export function EventsChart({ hours }: { hours: HourBucket[] }) {
  const max = Math.max(1, ...hours.map((h) => h.total));
  const slot = WIDTH / hours.length;
  const bar = Math.max(2, slot - 4);
  const scale = (n: number) => (n / max) * (HEIGHT - AXIS - 8);
  const label = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  const total = hours.reduce((sum, h) => sum + h.total, 0);
  return (
    <figure className="m-0">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-44 w-full"
        role="img"
        aria-label={`Events per hour over the last 24 hours: ${total} in total, at most ${max === 1 && total === 0 ? 0 : max} in one hour`}
        preserveAspectRatio="none"
      >
        <line x1={0} x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} className="stroke-slate-300 dark:stroke-slate-700" />
        {hours.map((h, i) => {
          const okHeight = scale(h.total - h.failed);
          const badHeight = scale(h.failed);
          const x = i * slot + (slot - bar) / 2;
          const base = HEIGHT - AXIS;
          return (
            <g key={h.start}>
              <title>{`${label(h.start)}: ${h.total} events, ${h.failed} failed`}</title>
              <rect x={x} y={base - okHeight} width={bar} height={okHeight} rx={1.5} className="fill-brand-500" />
              <rect x={x} y={base - okHeight - badHeight} width={bar} height={badHeight} rx={1.5} className="fill-red-500" />
            </g>
          );
        })}
        {hours.map((h, i) =>
          i % 6 === 0 ? (
            <text key={`t-${h.start}`} x={i * slot + 2} y={HEIGHT - 5} className="fill-slate-500 text-[11px] dark:fill-slate-400">
              {label(h.start)}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption className="mt-1 flex gap-4 text-xs text-slate-600 dark:text-slate-400">
        <span className="flex items-center gap-1">
          <span aria-hidden className="h-2 w-2 rounded-sm bg-brand-500" />
          processed, ignored, pending
        </span>
        <span className="flex items-center gap-1">
          <span aria-hidden className="h-2 w-2 rounded-sm bg-red-500" />
          failed or rejected
        </span>
      </figcaption>
      <table className="sr-only">
        <caption>Events per hour</caption>
        <thead>
          <tr>
            <th>Hour</th>
            <th>Events</th>
            <th>Failed</th>
          </tr>
        </thead>
        <tbody>
          {hours.map((h) => (
            <tr key={h.start}>
              <td>{label(h.start)}</td>
              <td>{h.total}</td>
              <td>{h.failed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
