// The house rules that core ESLint rules cannot say (eslint.config.mjs wires them per folder).
import noProviderSwitch from "./no-provider-switch.mjs";
import requireServerOnly from "./require-server-only.mjs";

const plugin = {
  meta: { name: "hookyard" },
  rules: { "no-provider-switch": noProviderSwitch, "require-server-only": requireServerOnly },
};

export default plugin;
