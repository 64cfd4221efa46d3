import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvFileError } from "../env-file";
import { prepareEnv } from "./prepare-env";

const tempRoot = () => mkdtempSync(path.join(os.tmpdir(), "hookyard-env-"));

describe("prepareEnv", () => {
  it("generates AUTH_SECRET and HOOKYARD_ENCRYPTION_KEY into .env.local once", () => {
    const root = tempRoot();
    const first: Record<string, string | undefined> = {};
    expect(prepareEnv(root, first).generated).toEqual(["AUTH_SECRET", "HOOKYARD_ENCRYPTION_KEY"]);
    expect(Buffer.from(first.HOOKYARD_ENCRYPTION_KEY!, "base64")).toHaveLength(32);
    const fileAfterFirst = readFileSync(path.join(root, ".env.local"), "utf8");

    const second: Record<string, string | undefined> = {};
    expect(prepareEnv(root, second).generated).toEqual([]);
    expect(second.AUTH_SECRET).toBe(first.AUTH_SECRET);
    expect(second.HOOKYARD_ENCRYPTION_KEY).toBe(first.HOOKYARD_ENCRYPTION_KEY);
    expect(readFileSync(path.join(root, ".env.local"), "utf8")).toBe(fileAfterFirst);
  });

  it("never overwrites values that are already there, and the real environment wins", () => {
    const root = tempRoot();
    writeFileSync(path.join(root, ".env.local"), "# mine\nAUTH_SECRET=from-file-0123456789-0123456789-01\nPORT=4000\n");
    writeFileSync(path.join(root, ".env"), "PORT=5000\nHOOKYARD_WORKER=off\n");
    const target: Record<string, string | undefined> = { PORT: "6000" };
    expect(prepareEnv(root, target).generated).toEqual(["HOOKYARD_ENCRYPTION_KEY"]);
    expect(target.AUTH_SECRET).toBe("from-file-0123456789-0123456789-01");
    expect(target.PORT).toBe("6000");
    expect(target.HOOKYARD_WORKER).toBe("off");
    const file = readFileSync(path.join(root, ".env.local"), "utf8");
    expect(file.startsWith("# mine\nAUTH_SECRET=from-file-0123456789-0123456789-01\nPORT=4000\n")).toBe(true);
  });

  it("rejects a corrupt .env.local with the file and line named, changing nothing", () => {
    const root = tempRoot();
    writeFileSync(path.join(root, ".env.local"), "AUTH_SECRET=abc\nthis line is garbage\n");
    const target: Record<string, string | undefined> = {};
    expect(() => prepareEnv(root, target)).toThrow(EnvFileError);
    expect(() => prepareEnv(root, target)).toThrow(/^\.env\.local line 2 is not KEY=VALUE$/);
    expect(target).toEqual({});
    expect(readFileSync(path.join(root, ".env.local"), "utf8")).toBe("AUTH_SECRET=abc\nthis line is garbage\n");
  });

  it("rejects a binary .env.local", () => {
    const root = tempRoot();
    writeFileSync(path.join(root, ".env.local"), Buffer.from([0x41, 0x00, 0x42]));
    expect(() => prepareEnv(root, {})).toThrow(/not a text file/);
  });
});
