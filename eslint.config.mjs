// ESLint 9 flat config: typescript-eslint's recommended rules plus the Office add-in rules that
// catch Office.js mistakes (reading unloaded properties, context.sync() in loops). A sync inside
// a loop is an error: the Office adapter has a fixed sync budget, and a deliberate exception
// (chunked writes) should say why in an eslint-disable comment.
//
// eslint-plugin-office-addins' own `recommended` config is not used: it registers a second, older
// copy of the @typescript-eslint plugin (ESLint refuses to redefine a plugin), forces Prettier
// formatting as errors and pins ecmaVersion 6. Its rules are taken one by one instead.
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

const nodeGlobals = {
  require: "readonly",
  module: "writable",
  process: "readonly",
  console: "readonly",
  Buffer: "readonly",
  __dirname: "readonly",
  URL: "readonly",
};

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "out/", "test-results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The Office.js rules judge by shape (x.value read without a load), so they are kept to the code
    // that talks to Excel; ExcelJS code (the .xlsx adapter, tests reading outputs) reads plain objects.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/workbook/xlsx/**"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    // Excel hands custom functions cell values of any type; each function parses its own arguments.
    files: ["src/functions/*-functions.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // Build configuration and scripts run in Node as CommonJS or ES modules.
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { globals: nodeGlobals },
  },
  {
    files: ["webpack.config.js", "jest.config.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
