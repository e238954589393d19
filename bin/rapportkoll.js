#!/usr/bin/env node
"use strict";
// Thin launcher: the CLI is TypeScript compiled to dist/ by `npm ci` (npm's prepare step) or `npm run build:node`.
const path = require("path");
const fs = require("fs");

const entry = path.join(__dirname, "..", "dist", "src", "node", "cli.js");
if (!fs.existsSync(entry)) {
  process.stderr.write(
    "rapportkoll: programmet är inte byggt. Kör `npm run build:node` (eller `npm ci`) i projektmappen först.\n" +
      "rapportkoll: not built yet. Run `npm run build:node` (or `npm ci`) in the project folder first.\n",
  );
  process.exit(2);
}
// `rapportkoll validate … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (e) => {
  if (e && e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});
require(entry)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((e) => {
    process.stderr.write(`rapportkoll: internt fel / internal error: ${e && e.message ? e.message : e}\n`);
    process.exitCode = 2;
  });
