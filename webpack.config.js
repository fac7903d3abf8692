/**
 * Builds the add-in into dist/: functions.js + functions.json (the PMO.* custom functions),
 * commands.js (ribbon commands), taskpane.js (React task pane), the one shared-runtime page
 * taskpane.html that loads all three, the help page, icons and the manifest.
 *
 * In a production build, ADDIN_PUBLIC_URL=https://pmo.example.com/ rewrites the manifest's
 * development origin (https://localhost:3000/) in dist/manifest.xml, for deployment.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_ORIGIN = "https://localhost:3000/";
const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** The custom functions' source files: the metadata plugin reads their JSDoc and appends the
 * CustomFunctions.associate calls to each. */
const FUNCTION_SOURCES = [
  "./src/functions/risk-functions.ts",
  "./src/functions/evm-functions.ts",
  "./src/functions/rag-functions.ts",
  "./src/functions/portfolio-functions.ts",
  "./src/functions/budget-functions.ts",
];

/** Normalises ADDIN_PUBLIC_URL to an https origin-plus-path ending in "/", or fails the build. */
function publicUrl() {
  const value = process.env.ADDIN_PUBLIC_URL;
  if (!value) return undefined;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL is not a URL: ${value}`);
  }
  // Office loads add-ins only over https, so an http URL would give a manifest that never loads.
  if (url.protocol !== "https:") throw new Error(`ADDIN_PUBLIC_URL must be an https URL: ${value}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

function rewriteManifest(content, target) {
  if (!target) return content;
  // AppDomain entries carry the origin without its trailing slash.
  const xml = content.toString().split(DEV_ORIGIN).join(target);
  return xml.split(DEV_ORIGIN.slice(0, -1)).join(new URL(target).origin);
}

/** Dev certificates are only needed, and only created, when serving. */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env, argv) => {
  const production = argv.mode !== "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  // Checked up front so that a bad value fails the build before anything is compiled.
  const manifestTarget = production ? publicUrl() : undefined;
  return {
    mode: production ? "production" : "development",
    target: "web",
    // eval-based source maps would need 'unsafe-eval', which the page's CSP forbids.
    devtool: "source-map",
    entry: {
      functions: ["./src/runtime/custom-functions-fallback.ts", "./src/functions/index.ts"],
      commands: "./src/commands/commands.ts",
      taskpane: "./src/taskpane/index.tsx",
      // The monthly routine off the UI thread (preview mode); the pane starts it on first use.
      "routine-worker": "./src/workbook/worker/routine-worker.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // functions.js must also load in Node (tests) and in the custom functions runtime, neither of
      // which has `window` or `self`.
      globalObject: "globalThis",
      // Relative URLs keep the bundle working under any ADDIN_PUBLIC_URL path.
      publicPath: "",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking is `npm run typecheck`'s job; transpiling alone keeps builds fast.
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTION_SOURCES }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          { from: "src/support/support.html", to: "support.html" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => rewriteManifest(content, manifestTarget) },
        ],
      }),
    ],
    performance: {
      // The task pane budget is 300 KB gzipped; minified JavaScript compresses about 3.5x, so
      // warn when an entry point passes roughly 1 MB before compression.
      hints: production ? "warning" : false,
      maxEntrypointSize: 1024 * 1024,
      maxAssetSize: 1024 * 1024,
      assetFilter: (file) => file.endsWith(".js"),
    },
    devServer: serving
      ? {
          port: DEV_PORT,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          static: false,
          // The overlay injects scripts the page's CSP blocks; errors still show in the console.
          client: { overlay: false },
        }
      : undefined,
  };
};
