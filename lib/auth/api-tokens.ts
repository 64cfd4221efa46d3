// API tokens: `hy_` + 32 random bytes. Only a SHA-256 hash and a display prefix are
// stored; the token itself is returned once, by createApiToken.
import "server-only";
import { ApiError } from "../api/errors";
import { randomToken, sha256Hex } from "../crypto";
import { db } from "../db";
import type { ApiTokenCreateInput } from "./api-token-schema";

export const TOKEN_PREFIX = "hy_";
const DISPLAY_PREFIX_LENGTH = TOKEN_PREFIX.length + 8;

const publicFields = { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true } as const;

export async function createApiToken(userId: string, input: ApiTokenCreateInput) {
  const token = TOKEN_PREFIX + randomToken(32);
  const row = await db().apiToken.create({
    data: { userId, name: input.name, prefix: token.slice(0, DISPLAY_PREFIX_LENGTH), tokenHash: sha256Hex(token) },
    select: publicFields,
  });
  return { id: row.id, name: row.name, prefix: row.prefix, token, createdAt: row.createdAt };
}

export function listApiTokens(userId: string) {
  return db().apiToken.findMany({ where: { userId }, select: publicFields, orderBy: { createdAt: "desc" } });
}

export async function revokeApiToken(userId: string, id: string): Promise<void> {
  const { count } = await db().apiToken.deleteMany({ where: { id, userId } });
  if (count === 0) throw new ApiError("not_found", "No API token with this id.");
}

/** The user id a bearer token belongs to, or null. Touches lastUsedAt at most once a minute. */
export async function userIdForToken(token: string): Promise<string | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const row = await db().apiToken.findUnique({ where: { tokenHash: sha256Hex(token) }, select: { id: true, userId: true, lastUsedAt: true } });
  if (!row) return null;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return row.userId;
}
