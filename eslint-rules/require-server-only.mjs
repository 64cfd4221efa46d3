// hookyard/require-server-only: a server module's first import is `import "server-only"`.
// Next fails the build when a Client Component imports a module that does, so database,
// secret and provider code can never be bundled for the browser by accident:
// https://nextjs.org/docs/app/getting-started/server-and-client-components#preventing-environment-poisoning
// Which files are server modules is decided by the `files`/`ignores` of the config block
// that turns this rule on (eslint.config.mjs); the rule only checks and fixes.
const MARKER = "server-only";

/** @type {import("eslint").Rule.RuleModule} */
const rule = {
  meta: {
    type: "problem",
    docs: { description: 'Require `import "server-only"` as the first import of a server module' },
    fixable: "code",
    schema: [],
    messages: {
      missing: 'Server module: start it with `import "server-only";` (see CONTRIBUTING.md, "Server modules").',
      notFirst: '`import "server-only";` goes before the other imports, so the guard runs first.',
    },
  },
  create(context) {
    return {
      Program(program) {
        const imports = program.body.filter((node) => node.type === "ImportDeclaration");
        const marker = imports.find((node) => node.source.value === MARKER && node.specifiers.length === 0);
        if (marker && imports[0] === marker) return;
        if (marker) return context.report({ node: marker, messageId: "notFirst" });
        const first = imports[0];
        context.report({
          node: first ?? program,
          messageId: "missing",
          fix: (fixer) =>
            first ? fixer.insertTextBefore(first, `import "${MARKER}";\n`) : fixer.insertTextBeforeRange([program.body[0]?.range[0] ?? 0, program.body[0]?.range[0] ?? 0], `import "${MARKER}";\n\n`),
        });
      },
    };
  },
};

export default rule;
