// office-addin-lint picks this up: Microsoft's Office add-in rules, plus TypeScript's own name checking
// (no-undef is redundant under tsc and does not know the Office, Excel and CustomFunctions globals).
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  { ignores: ["dist/**", "test-output/**", "node_modules/**"] },
  ...officeAddins.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    rules: { "no-undef": "off" },
  },
];
