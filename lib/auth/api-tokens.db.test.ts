import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/support/use-test-db";
import { db } from "../db";
import { sha256Hex } from "../crypto";
import { createApiToken, listApiTokens, revokeApiToken, userIdForToken } from "./api-tokens";

useTestDatabase();

async function user(email: string) {
  return db().user.create({ data: { email } });
}

describe("API tokens", () => {
  it("returns the token once and stores only its hash and prefix", async () => {
    const alice = await user("alice@tokens.test");
    const created = await createApiToken(alice.id, { name: "ci" });
    expect(created.token).toMatch(/^hy_[A-Za-z0-9_-]{43}$/);
    expect(created.prefix).toBe(created.token.slice(0, 11));

    const row = await db().apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(sha256Hex(created.token));
    expect(JSON.stringify(row)).not.toContain(created.token);

    const listed = await listApiTokens(alice.id);
    expect(listed).toHaveLength(1);
    expect(listed[0]).not.toHaveProperty("token");
    expect(listed[0]).not.toHaveProperty("tokenHash");
    expect(listed[0].prefix).toBe(created.prefix);
  });

  it("resolves a token to its owner until it is revoked", async () => {
    const bob = await user("bob@tokens.test");
    const { id, token } = await createApiToken(bob.id, { name: "script" });
    expect(await userIdForToken(token)).toBe(bob.id);
    expect(await userIdForToken(token + "x")).toBeNull();
    expect(await userIdForToken("not-a-token")).toBeNull();
    await revokeApiToken(bob.id, id);
    expect(await userIdForToken(token)).toBeNull();
  });

  it("cannot revoke another user's token", async () => {
    const owner = await user("owner@tokens.test");
    const intruder = await user("intruder@tokens.test");
    const { id, token } = await createApiToken(owner.id, { name: "mine" });
    await expect(revokeApiToken(intruder.id, id)).rejects.toMatchObject({ code: "not_found" });
    expect(await userIdForToken(token)).toBe(owner.id);
    expect(await listApiTokens(intruder.id)).toEqual([]);
  });
});
