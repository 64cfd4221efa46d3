import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { listOutboundWebhooks } from "@/lib/outbound/webhooks/list-outbound-webhooks";
import { HooksClient } from "./hooks-client";

export const metadata: Metadata = { title: "Outbound webhooks" };

// The list comes with the page (no loading flash); the client keeps it fresh with SWR. If
// it cannot be loaded here the page still renders and the client asks the API, whose
// error (a 503 while the database is away) is shown instead of an error page.
export default async function HooksPage() {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  const webhooks = await listOutboundWebhooks(user.id).catch((error: unknown) => {
    console.error("[hookyard] /hooks could not preload subscriptions:", error);
    return undefined;
  });
  return (
    <section aria-labelledby="hooks-heading">
      <HooksClient initialWebhooks={webhooks} />
    </section>
  );
}
