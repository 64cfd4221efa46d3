// The callback's `state` check: it must be one Hookyard issued, to this user, for this
// provider, less than 10 minutes ago, and never used before. It is deleted on first use,
// so a replay finds nothing. A state issued to someone else is left alone (a foreign
// callback must not cancel the owner's flow) and answered like an unknown one.
import "server-only";
import { ApiError } from "../api/errors";
import { decryptSecret, sha256Hex } from "../crypto";
import { db } from "../db";

export async function consumeState(userId: string, providerId: string, state: string): Promise<{ codeVerifier: string | undefined }> {
  const invalid = new ApiError("bad_request", "The OAuth state is unknown, expired, already used or not yours; start the connection again.");
  const row = await db().oAuthState.findUnique({ where: { state: sha256Hex(state) } });
  if (!row || row.userId !== userId || row.providerId !== providerId) throw invalid;
  const consumed = await db().oAuthState.deleteMany({ where: { id: row.id } });
  if (consumed.count !== 1 || row.expiresAt.getTime() < Date.now()) throw invalid; // a concurrent replay won, or too late
  return { codeVerifier: row.codeVerifier ? decryptSecret(row.codeVerifier) : undefined };
}
