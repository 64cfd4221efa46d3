// YouTube: the shared Google OAuth app with youtube.readonly, which is only needed to list the
// account's own channels (WebSub subscriptions themselves are anonymous). SETUP keeps Google's
// account id and records the channels in settings.
// https://developers.google.com/youtube/v3/docs/channels/list (mine=true)
// OAuth: https://developers.google.com/youtube/v3/guides/authentication
import "server-only";
import type { OAuthSpec, ProviderApi } from "../../connect-types";
import { googleOAuth } from "../../shared/google-oauth";

export type OwnChannel = { id: string; title: string };

export async function ownChannels(api: ProviderApi): Promise<OwnChannel[]> {
  const list = await api.request<{ items?: { id: string; snippet?: { title?: string } }[] }>("GET", "/youtube/v3/channels", { query: { part: "snippet", mine: "true", maxResults: 50 } });
  return (list.items ?? []).map((c) => ({ id: c.id, title: c.snippet?.title ?? c.id }));
}

export const youtubeOAuth: OAuthSpec = {
  ...googleOAuth,
  identify: async (api, tokens) => {
    const account = await googleOAuth.identify(api, tokens);
    return { accountId: account.accountId, settings: { ...account.settings, channels: await ownChannels(api) } };
  },
};
