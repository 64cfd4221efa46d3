import { describe, expect, it } from "vitest";
import { constantTimeEqual, decryptSecret, DecryptionError, encryptSecret, isEncrypted } from "./crypto";

const key = Buffer.alloc(32, 3);
const otherKey = Buffer.alloc(32, 4);

describe("secret encryption (AES-256-GCM)", () => {
  it("round-trips and never stores the plain text", () => {
    const stored = encryptSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", key);
    expect(isEncrypted(stored)).toBe(true);
    expect(stored).not.toContain("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    expect(decryptSecret(stored, key)).toBe("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
  });

  it("uses a fresh nonce each time", () => {
    expect(encryptSecret("same", key)).not.toBe(encryptSecret("same", key));
  });

  it("refuses a wrong key and a tampered ciphertext", () => {
    const stored = encryptSecret("secret value", key);
    expect(() => decryptSecret(stored, otherKey)).toThrow(DecryptionError);
    const parts = stored.split(":");
    const flipped = Buffer.from(parts[3], "base64url");
    flipped[0] ^= 1;
    parts[3] = flipped.toString("base64url");
    expect(() => decryptSecret(parts.join(":"), key)).toThrow(DecryptionError);
    expect(() => decryptSecret("plain text", key)).toThrow(DecryptionError);
  });
});

describe("constantTimeEqual", () => {
  it("compares values of any length without throwing", () => {
    expect(constantTimeEqual("abc", "abc")).toBe(true);
    expect(constantTimeEqual("abc", "abd")).toBe(false);
    expect(constantTimeEqual("abc", "abcd")).toBe(false);
    expect(constantTimeEqual(Buffer.from([1, 2]), Buffer.from([1, 2]))).toBe(true);
  });
});
