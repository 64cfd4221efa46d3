import type { OAuthProviderOption } from "@/lib/connections/list-oauth-providers";
import { authorizePath } from "@/lib/swr/use-connections";
import { HostConnectForm, TokenConnectForm } from "./connect-forms";

const ACTION =
  "inline-flex items-center justify-center rounded-md px-3 py-1.5 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2 dark:focus-visible:ring-offset-slate-900";

// Long variable names wrap after an underscore (<wbr>, which copying leaves out), not mid-word.
function breakAtUnderscores(name: string) {
  return name.split("_").map((part, i, parts) => (
    <span key={i}>
      {part}
      {i < parts.length - 1 && (
        <>
          _<wbr />
        </>
      )}
    </span>
  ));
}

// One tile per OAuth integration. Connect is a plain link (the authorize route answers a 302
// to the provider), or a small form where the flow needs the store or a pasted token first;
// when the server has no client for the provider the button is disabled and the reason,
// tied to it by aria-describedby, names the variables to set.
export function ProviderGrid({ providers, connectedIds }: { providers: OAuthProviderOption[]; connectedIds: Set<string> }) {
  return (
    <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {providers.map((p) => {
        const reasonId = `connect-reason-${p.id}`;
        const again = connectedIds.has(p.id);
        const form = p.configured && p.connectWith.kind !== "redirect";
        return (
          <li key={p.id} data-testid="oauth-provider" className="flex items-start gap-3 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900">
            {/* A plain <img>: the logos are small static SVGs under public/. */}
            {/* The logos are small local SVGs, which next/image serves unoptimized anyway. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={p.icon} alt="" width={32} height={32} className="mt-0.5 h-8 w-8 shrink-0 rounded ring-1 ring-slate-200 dark:ring-slate-700" />
            <div className="min-w-0 flex-1">
              <div className="flex flex-wrap items-center gap-x-2">
                <h3 className="font-medium">{p.name}</h3>
                <span className="text-xs text-slate-600 dark:text-slate-400">{p.category}</span>
              </div>
              {p.configured ? (
                <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">{p.supportsRemoteRegistration ? "Registers its webhooks for you" : "Webhooks set up by hand"}</p>
              ) : (
                <p id={reasonId} className="mt-0.5 break-words text-xs text-amber-800 dark:text-amber-300">
                  Not configured: set{" "}
                  {p.missing.map((name, i) => (
                    <span key={name}>
                      {i > 0 && " and "}
                      <code>{breakAtUnderscores(name)}</code>
                    </span>
                  ))}
                  .
                </p>
              )}
              {p.configured && p.connectWith.kind === "host" && <HostConnectForm provider={p} connectWith={p.connectWith} />}
              {p.configured && p.connectWith.kind === "token" && <TokenConnectForm provider={p} />}
            </div>
            {form ? null : p.configured ? (
              <a href={authorizePath(p.id)} className={`${ACTION} shrink-0 bg-brand-600 text-white hover:bg-brand-700`}>
                {again ? "Connect another" : "Connect"}
                <span className="sr-only"> {p.name}</span>
              </a>
            ) : (
              <button
                type="button"
                disabled
                aria-describedby={reasonId}
                className={`${ACTION} shrink-0 cursor-not-allowed border border-slate-300 text-slate-500 dark:border-slate-700 dark:text-slate-400`}
              >
                Connect<span className="sr-only"> {p.name}</span>
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
