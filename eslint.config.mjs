// `npm run lint` (office-addin-lint) uses this file instead of its built-in config when present.
// Same base as the Office add-in React template (eslint-plugin-office-addins' react config), plus:
// .tsx parsed as TypeScript, browser/node/jest globals where they apply, and Prettier set to the
// project's wide lines (formatting drift warns; correctness rules, including the Office.js ones, fail).
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

const officeRules = officeAddins.configs.recommended.find(
  (c) => c.rules && c.rules["office-addins/call-sync-after-load"]
);

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**"] },
  ...officeAddins.configs.react,
  {
    // The plugin's own block covers .ts/.js only; give .tsx the same parser, plugins and rules.
    files: ["**/*.tsx"],
    plugins: officeRules.plugins,
    languageOptions: officeRules.languageOptions,
    rules: officeRules.rules,
  },
  {
    // As office-addin-lint's own config does: the plugin's block alone leaves TypeScript to espree.
    files: ["**/*.{ts,tsx,mts,cts}"],
    languageOptions: { parser: tsParser },
  },
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      // TypeScript already reports undefined names, with the real types of Office, Excel and the DOM.
      "no-undef": "off",
      // Overload signatures and type-only redeclarations are fine in TypeScript.
      "no-redeclare": "off",
      // A leading underscore marks a value left out on purpose (e.g. a property dropped by destructuring).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
      "prettier/prettier": ["warn", { endOfLine: "auto", printWidth: 160, trailingComma: "all" }],
    },
  },
  {
    files: ["**/*.tsx"],
    settings: { react: { version: "detect" } },
    rules: {
      // React 17+ JSX transform and TypeScript props.
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
    },
  },
  {
    files: ["src/taskpane/**", "src/excel/**", "src/commands/**"],
    languageOptions: {
      globals: {
        ...globals.browser,
        Office: "readonly",
        Excel: "readonly",
        OfficeExtension: "readonly",
      },
    },
  },
  {
    // The plugin pins ecmaVersion 6; config files use async functions and spreads.
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { ecmaVersion: "latest" },
  },
  { files: ["**/*.{js,cjs}"], languageOptions: { sourceType: "commonjs" } },
  {
    files: ["src/node/**", "scripts/**", "tests/**", "bin/**", "*.js", "**/*.config.js"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["**/*.test.{ts,tsx}", "tests/**"],
    languageOptions: { globals: { ...globals.jest } },
  },
];
