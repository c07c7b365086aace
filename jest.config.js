/** Unit and integration tests (Node). Browser tests live in test/browser and run under the same jest. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: { jsx: "react-jsx", module: "commonjs", moduleResolution: "node", esModuleInterop: true, resolveJsonModule: true, isolatedModules: true } }] },
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/shims/office-addin-manifest.js" },
  setupFiles: ["<rootDir>/test/setup/customFunctions.ts"],
  globalSetup: "<rootDir>/test/setup/buildCli.js",
  testTimeout: 30000,
};
