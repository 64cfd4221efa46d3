"use client";

import { useSWRConfig } from "swr";
import { useToast } from "@/components/ui/toast";
import type { IntegrationWebhookUpdateInput } from "@/lib/integration-webhooks/schemas";
import { fetchJson } from "@/lib/swr/fetch-json";
import { INTEGRATION_WEBHOOKS_KEY, type IntegrationWebhook } from "@/lib/swr/use-integration-webhooks";

type Created = IntegrationWebhook & { signing_secret?: string };
type TestResult = { trigger_type: string; receiver_status: number; event: { id: string; status: string } | null };

// The dialog's writes: each calls the API, refreshes every cached list and endpoint,
// and reports the outcome (or the server's error message) in a toast.
export function useWebhookActions() {
  const { mutate } = useSWRConfig();
  const toast = useToast();
  const refresh = () => mutate((key) => typeof key === "string" && key.startsWith(INTEGRATION_WEBHOOKS_KEY));

  async function run<T>(action: () => Promise<T>, success: (result: T) => string): Promise<T | undefined> {
    try {
      const result = await action();
      toast.success(success(result));
      await refresh();
      return result;
    } catch (error) {
      toast.apiError(error, "The request failed; check your connection.");
      return undefined;
    }
  }

  return {
    create: (providerId: string, name: string) =>
      run(
        () => fetchJson<Created>(INTEGRATION_WEBHOOKS_KEY, { method: "POST", json: { provider_id: providerId } }),
        () => `${name} endpoint created`,
      ),
    update: (id: string, input: IntegrationWebhookUpdateInput, message: string) =>
      run(
        () => fetchJson<IntegrationWebhook>(`${INTEGRATION_WEBHOOKS_KEY}/${id}`, { method: "PATCH", json: input }),
        () => message,
      ),
    sendTest: (id: string) =>
      run(
        () => fetchJson<TestResult>(`${INTEGRATION_WEBHOOKS_KEY}/${id}/test`, { method: "POST", json: {} }),
        (r) => `Test ${r.trigger_type} sent: the receiver answered ${r.receiver_status}`,
      ),
  };
}
