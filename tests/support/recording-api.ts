// A ProviderApi for unit tests of a preset's `remote`: records every request and answers from a
// table keyed "METHOD path" (query string left out), so a test can check what would be sent to
// the provider without a server.
import type { ProviderApi, ProviderRequestOptions } from "@/lib/integrations/connect-types";

export type RecordedCall = { method: string; path: string; options: ProviderRequestOptions };

export function recordingApi(answers: Record<string, unknown> = {}, settings: Record<string, unknown> = {}) {
  const calls: RecordedCall[] = [];
  const api: ProviderApi = {
    request: async (method, path, options = {}) => {
      calls.push({ method, path, options });
      return answers[`${method} ${path.split("?")[0]}`] as any;
    },
    accountId: "account-1",
    settings,
    secret: () => undefined,
  };
  return { api, calls };
}
