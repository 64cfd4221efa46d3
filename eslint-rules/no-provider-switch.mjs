// hookyard/no-provider-switch: no `switch` on a provider id outside a preset (STYLE.md rule 2).
// What differs per provider is data or code in its preset, reached through the registry;
// a switch elsewhere is a second catalog that a new integration would have to find and edit.
// A discriminant counts as a provider id when its type is the ProviderId union, or when it
// is named like one (`provider`, `providerId`, `provider_id`, `preset.id`) for plain strings.
const NAMES = new Set(["provider", "providerId", "provider_id", "providerid"]);

function nameOf(node) {
  if (node.type === "Identifier") return node.name;
  if (node.type === "MemberExpression" && !node.computed && node.property.type === "Identifier") {
    if (node.property.name === "id" && node.object.type === "Identifier" && /preset/i.test(node.object.name)) return "provider";
    return node.property.name;
  }
  if (node.type === "ChainExpression") return nameOf(node.expression);
  return undefined;
}

/** @type {import("eslint").Rule.RuleModule} */
const rule = {
  meta: {
    type: "suggestion",
    docs: { description: "Disallow switching on a provider id outside lib/integrations/presets" },
    schema: [],
    messages: { switch: "No `switch` on a provider id outside a preset: put the difference in the preset (data or a hook) and read it through the registry." },
  },
  create(context) {
    const services = context.sourceCode.parserServices;
    const checker = services?.program?.getTypeChecker();
    const isProviderIdType = (node) => {
      if (!checker || !services.esTreeNodeToTSNodeMap) return false;
      const type = checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(node));
      const alias = type.aliasSymbol ?? type.getNonNullableType?.().aliasSymbol;
      return alias?.getName() === "ProviderId";
    };
    return {
      SwitchStatement(node) {
        if (NAMES.has(nameOf(node.discriminant) ?? "") || isProviderIdType(node.discriminant)) context.report({ node: node.discriminant, messageId: "switch" });
      },
    };
  },
};

export default rule;
