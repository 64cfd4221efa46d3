// `npm run catalogs [-- <provider id>…]`: writes lib/integrations/presets/<id>/event-catalog.json
// for every provider (or the ones named) from the generators in scripts/catalogs/*.ts.
// A generator module's default export maps provider ids to a function that returns the
// provider's catalog (the runner records the module as `generatedBy`), read from the provider's own machine-readable source or docs.
// The output is committed: the app, the tests and CI never need the network.
import "./allow-server-only"; // first: lets Node load lib/'s server modules
import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { eventCatalogSchema, type GeneratedCatalog } from "../lib/integrations/event-catalog";

const root = path.resolve(__dirname, "..");
export type CatalogGenerators = Record<string, () => GeneratedCatalog | Promise<GeneratedCatalog>>;

async function main() {
  const only = process.argv.slice(2);
  const dir = path.join(__dirname, "catalogs");
  const modules = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.startsWith("_"));
  for (const file of modules) {
    const generators = ((await import(path.join(dir, file))) as { default: CatalogGenerators }).default;
    for (const [providerId, generate] of Object.entries(generators)) {
      if (only.length > 0 && !only.includes(providerId)) continue;
      const { source, events } = await generate();
      const catalog = eventCatalogSchema.parse({ source, generatedBy: `scripts/catalogs/${file}`, events });
      const types = catalog.events.map((e) => e.type);
      if (new Set(types).size !== types.length) throw new Error(`${providerId}: duplicate event types in the catalog`);
      catalog.events.sort((a, b) => a.group.localeCompare(b.group) || a.type.localeCompare(b.type));
      const target = path.join(root, "lib/integrations/presets", providerId, "event-catalog.json");
      writeFileSync(target, JSON.stringify(catalog, null, 2) + "\n");
      console.log(`${providerId}: ${catalog.events.length} event types (source lists ${catalog.source.count}) from ${catalog.source.name} → ${path.relative(root, target)}`);
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
