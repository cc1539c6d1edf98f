/** The layering of ../shared/design/ARCHITECTURE.md, checked on every `npm run lint`. Tests are exempt. */
const notTests = "\\.test\\.ts$";
module.exports = {
  forbidden: [
    {
      name: "asl-is-pure",
      comment: "The interpreter reaches the world only through its ports.",
      severity: "error",
      from: { path: "^emulator/asl/", pathNot: notTests },
      to: { path: "^(emulator/(store|runtime|api|integrations|console)/|node_modules/(express|better-sqlite3)/)|^(node:)?(fs|http|https|net|child_process)$" },
    },
    {
      name: "shared-is-a-leaf",
      severity: "error",
      from: { path: "^emulator/shared/", pathNot: notTests },
      to: { path: "^emulator/(?!shared/)" },
    },
    {
      name: "only-index-imports-api",
      severity: "error",
      from: { path: "^emulator/", pathNot: `^emulator/(index\\.ts|api/)|${notTests}` },
      to: { path: "^emulator/api/" },
    },
    {
      name: "only-api-imports-express",
      severity: "error",
      from: { path: "^(emulator|bin)/", pathNot: `^emulator/api/|${notTests}` },
      to: { path: "node_modules/express/" },
    },
    {
      name: "only-sqlite-store-imports-better-sqlite3",
      severity: "error",
      from: { path: "^(emulator|bin)/", pathNot: `^emulator/store/sqlite/|${notTests}` },
      to: { path: "node_modules/better-sqlite3/" },
    },
    {
      name: "runtime-does-not-import-api",
      severity: "error",
      from: { path: "^emulator/(runtime|integrations|store)/" },
      to: { path: "^emulator/api/" },
    },
    {
      name: "integrations-below-runtime",
      severity: "error",
      from: { path: "^emulator/integrations/", pathNot: notTests },
      to: { path: "^emulator/(runtime|store)/" },
    },
    {
      name: "compat-tests-use-the-public-api",
      comment: "Fake AWS services under emulator/integrations/testing/ speak their own protocol, not the emulator's, so the harness may run them.",
      severity: "error",
      from: { path: "^compat-tests/" },
      to: { path: "^emulator/(?!index\\.ts|config\\.ts|shared/(python-)?json\\.ts|testing/recorded-placeholders\\.ts|integrations/testing/)" },
    },
    {
      name: "testing-helpers-only-in-tests",
      comment: "Every testing/ folder serves tests and is left out of the build (tsconfig.build.json), so shipped code must not import one.",
      severity: "error",
      from: { path: "^(emulator|bin)/", pathNot: `/testing/|${notTests}` },
      to: { path: "^emulator/(testing/|.*/testing/)" },
    },
    {
      name: "console-talks-over-http",
      comment: "The console reaches the emulator only through HTTP; its browser tests may start one.",
      severity: "error",
      from: { path: "^console/", pathNot: "^console/tests/" },
      to: { path: "^(emulator|bin)/" },
    },
    {
      name: "emulator-does-not-import-console",
      comment: "The emulator serves the console's built assets from dist/console; it never imports its code.",
      severity: "error",
      from: { path: "^(emulator|bin)/" },
      to: { path: "^console/" },
    },
    {
      name: "no-circular",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "\\.d\\.ts$" },
  },
};
