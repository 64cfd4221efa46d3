// Import this first in every entry point that Node runs outside Next (npm start's custom
// server, npm run worker, the other scripts): it lets them load lib/'s server modules.
// Those start with `import "server-only"`, a marker package whose main file throws; only
// the "react-server" export condition, which Next sets for its server bundles, selects its
// empty module (https://nextjs.org/docs/app/getting-started/server-and-client-components#preventing-environment-poisoning).
// Node cannot be given that condition instead: React's own packages switch to their
// server-components build under it. So the marker is registered here, once, as the empty
// module it resolves to on Next's server, in the CommonJS cache that tsx's require reads
// (Node documents adding entries to it: https://nodejs.org/api/modules.html#requirecache).
import Module, { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(__filename);
const thrower = require.resolve("server-only");
const empty = new Module(thrower);
empty.filename = thrower;
empty.paths = [path.dirname(thrower)];
empty.loaded = true;
require.cache[thrower] = empty;
