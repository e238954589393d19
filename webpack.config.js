// Follows the Office add-in React TypeScript template: entries taskpane and commands, HTML from
// HtmlWebpackPlugin, assets and manifests copied, https dev server on 3000 in serve mode only.

const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
// Where the production build is hosted; manifests are rewritten to it. Override with ADDIN_URL.
const urlProd = process.env.ADDIN_URL || "https://localhost:3000/";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

async function getHttpsOptions() {
  // Required lazily: a production build must not need (or even look for) development certificates.
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

const commandsHtml = path.resolve(__dirname, "src/commands/commands.html");

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const serve = Boolean(env.WEBPACK_SERVE);
  const config = {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // dist/ also holds the CLI compiled by tsc (dist/src, dist/scripts): keep it.
      clean: { keep: /^(src|scripts|tests|bin)[\\/]/ },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".html", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.json"),
              // ES modules so webpack can tree-shake our own code too (tsconfig says commonjs for jest/node).
              compilerOptions: { module: "es2020", sourceMap: true },
            },
          },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    optimization: {
      usedExports: true,
      sideEffects: true,
    },
    performance: {
      // The 200 KB gzip budget is checked by `npm run bench`; webpack's default (244 KiB raw) is noise here.
      hints: false,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        chunks: ["commands"],
        ...(fs.existsSync(commandsHtml)
          ? { template: commandsHtml }
          : {
              templateContent: `<!doctype html><html lang="sv"><head><meta charset="UTF-8" /><meta http-equiv="X-UA-Compatible" content="IE=Edge" /><script src="${OFFICE_JS}"></script></head><body></body></html>`,
            }),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext][query]", noErrorOnMissing: true },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            noErrorOnMissing: true,
            transform(content) {
              return dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd);
            },
          },
        ],
      }),
    ],
    devServer: {
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serve ? { type: "https", options: await getHttpsOptions() } : "http",
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
    },
  };
  return config;
};
