// GET /api/connections/{provider}/callback: state check → code exchange → SETUP (who the
// account is, the Core system's step) → the Connection, tokens encrypted → app:connected
// → provider-side webhooks where the provider's API can create them. Registration problems
// are recorded on the connection (remote_errors), they do not undo the connection.
import "server-only";
import { z } from "zod";
import { ApiError } from "../api/errors";
import { accountHostFor } from "./account-host";
import { consumeState } from "./consume-state";
import { createProviderApi } from "./provider-api";
import { providerConfig } from "./provider-config";
import { saveConnection } from "./save-connection";
import { ProviderError } from "./provider-http";
import type { callbackQuerySchema } from "./schemas";
import { exchangeCode } from "./token-endpoint";

export async function completeAuthorization(userId: string, providerId: string, query: z.infer<typeof callbackQuerySchema>) {
  const { preset, oauth } = providerConfig(providerId);
  const { codeVerifier } = await consumeState(userId, preset.id, query.state);
  // The host the flow started on: the same endpoint setting (a state is only good for 10 minutes).
  const host = await accountHostFor(userId, preset);
  const config = providerConfig(providerId, host);
  const hostSettings = host ? { host } : {};
  if (query.error) throw new ApiError("bad_request", `${preset.name} did not authorize the connection: ${query.error_description ?? query.error}.`);
  if (!query.code) throw new ApiError("bad_request", "The callback has no authorization code.");

  let identity;
  let tokens;
  try {
    tokens = await exchangeCode(config, query.code, codeVerifier);
    const current = tokens;
    identity = await oauth.identify(createProviderApi(preset, { current: () => current }, { accountId: "", settings: hostSettings }), tokens);
  } catch (error) {
    if (error instanceof ProviderError) throw new ApiError("unprocessable", `Connecting ${preset.name} failed: ${error.message}`);
    // An answer of an unexpected shape (identify() reading a field that is not there) is the
    // provider's fault, not ours: logged, answered 422 without internals.
    console.error(`[hookyard] ${preset.id}: unexpected answer during connect:`, error);
    throw new ApiError("unprocessable", `Connecting ${preset.name} failed: the provider's answer could not be read.`);
  }

  return saveConnection(userId, preset, tokens, identity, hostSettings);
}
