// Builds tests/browser/office-stub.ts into office-stub.js: the fake Office.js the browser test serves
// in place of Microsoft's CDN script.
const path = require("path");

module.exports = {
  mode: "production",
  devtool: false,
  target: "web",
  entry: { "office-stub": path.resolve(__dirname, "office-stub.ts") },
  output: { filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: {
            transpileOnly: true,
            configFile: path.resolve(__dirname, "../../tsconfig.json"),
            compilerOptions: { module: "es2020" },
          },
        },
      },
    ],
  },
  performance: { hints: false },
};
