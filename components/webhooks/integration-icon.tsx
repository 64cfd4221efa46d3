// The integration's logo from public/integrations/<id>.svg, decorative (its name is next to it).
// A white tile keeps dark logos visible in dark mode.
export function IntegrationIcon({ providerId, size = 20 }: { providerId: string; size?: number }) {
  return (
    <span className="inline-flex shrink-0 items-center justify-center rounded bg-white p-0.5 ring-1 ring-slate-200 dark:ring-slate-700" style={{ width: size + 4, height: size + 4 }}>
      {/* eslint-disable-next-line @next/next/no-img-element -- static SVGs, no optimisation needed */}
      <img src={`/integrations/${providerId}.svg`} alt="" width={size} height={size} />
    </span>
  );
}
