import type { Metadata } from "next";
import { listOAuthProviders } from "@/lib/connections/list-oauth-providers";
import { env } from "@/lib/env";
import { ConnectionsClient } from "./connections-client";

export const metadata: Metadata = { title: "Connections" };

// Which providers this server can connect to is server knowledge (its env), read here; the
// connected accounts come from /api/connections in the client.
export default function ConnectionsPage() {
  return (
    <section aria-labelledby="connections-heading" className="space-y-8">
      <div>
        <h1 id="connections-heading" className="text-2xl font-semibold">
          Connections
        </h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Connect a provider account over OAuth and Hookyard registers its webhooks for you, pointing at your endpoint for that provider.
        </p>
      </div>
      <ConnectionsClient providers={listOAuthProviders()} callbackUrl={`${env().publicUrl}/api/connections/<provider>/callback`} />
    </section>
  );
}
