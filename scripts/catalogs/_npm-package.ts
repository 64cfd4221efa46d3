// Unpacks one pinned npm package into a temporary folder for a catalog generator, so
// that big SDKs (Stripe, HubSpot, Linear…) are read at generation time without becoming
// dependencies of the app. Only `npm run catalogs` needs the registry; its output is committed.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export function unpackNpmPackage(name: string, version: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "hookyard-catalog-"));
  const tarball = execFileSync("npm", ["pack", `${name}@${version}`, "--silent", "--pack-destination", dir], { encoding: "utf8" })
    .trim()
    .split("\n")
    .pop()!;
  execFileSync("tar", ["-xzf", path.join(dir, tarball), "-C", dir]);
  return path.join(dir, "package");
}
