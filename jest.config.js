/** Jest: ts-jest for TypeScript; jsdom only for the task pane and manifest tests (see the docblocks). */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  moduleNameMapper: {
    // office-addin-mock pulls office-addin-manifest, whose ESM-only dependencies Jest on Node 20 cannot load;
    // the mock only needs the OfficeApp enum (see ../shared/notes/toolchain.md).
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
    "\\.(css|less)$": "<rootDir>/tests/support/style-stub.js",
  },
  testTimeout: 60000,
};
