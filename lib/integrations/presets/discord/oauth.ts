// Discord OAuth 2 with the webhook.incoming scope: the user picks a server channel and the
// token response carries an incoming webhook for it, which is what send-message posts to
// (the webhook token is kept encrypted). No PKCE in Discord's docs.
// https://discord.com/developers/docs/topics/oauth2#webhooks
// SETUP: GET /users/@me — https://discord.com/developers/docs/resources/user#get-current-user
import "server-only";
import type { OAuthSpec } from "../../connect-types";
import { standardTokens } from "../../standard-tokens";

export const discordOAuth: OAuthSpec = {
  authorizeUrl: "https://discord.com/oauth2/authorize",
  tokenUrl: "https://discord.com/api/oauth2/token",
  apiBase: "https://discord.com/api/v10",
  scopes: ["identify", "webhook.incoming"],
  parseToken: (body) => {
    const tokens = standardTokens(body);
    const hook = body.webhook;
    if (!hook?.id || !hook?.token) return tokens;
    return {
      ...tokens,
      extra: { webhook: { id: String(hook.id), channelId: String(hook.channel_id ?? ""), guildId: String(hook.guild_id ?? ""), name: hook.name ?? null } },
      secrets: { webhookToken: String(hook.token) },
    };
  },
  identify: async (api) => {
    const me = await api.request<{ id: string; username: string; global_name?: string | null }>("GET", "/users/@me");
    return { accountId: me.id, settings: { username: me.username, name: me.global_name ?? null } };
  },
};
