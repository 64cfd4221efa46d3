// `npm run lint:cycles`: no import circles anywhere in the code (issue 16). A circle makes
// the module that is evaluated first see the other one half-initialised, and it means two
// files are one idea split badly: move what both need into a module below them.
// https://github.com/sverweij/dependency-cruiser/blob/main/doc/rules-reference.md#circular
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "Move the shared type or function into a module that both files already depend on.",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(node_modules|lib/generated|\\.next)/" },
    tsConfig: { fileName: "tsconfig.json" },
    // `import type` counts: a circle through a type is still a circle (deliver.ts ↔ record-successes.ts was one).
    tsPreCompilationDeps: true,
  },
};
