import type { Metadata } from "next";
import { ApiTokensClient } from "@/components/settings/api-tokens-client";

export const metadata: Metadata = { title: "API tokens" };

export default function ApiTokensPage() {
  return (
    <section aria-labelledby="tokens-heading" className="max-w-3xl">
      <h1 id="tokens-heading" className="text-2xl font-semibold">
        API tokens
      </h1>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        Send a token as <code>Authorization: Bearer &lt;token&gt;</code> to any API route. A token is shown once, when it is created.
      </p>
      <ApiTokensClient />
    </section>
  );
}
