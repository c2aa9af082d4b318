// Writes a copy of a function's own sources in which every file that uses decorators has been
// compiled by the project's TypeScript with emitDecoratorMetadata, which esbuild cannot do.
// esbuild then bundles the copy. Run by formwork's DecoratorMetadata with the project folder as
// the working directory:
//   node decorator-metadata.cjs <request.json>
// request: {"typescript": "<path of the typescript package>", "projectDir": "...",
//           "outDir": "...", "tsconfig": "<path or empty>", "entries": ["<abs path>", ...]}
// Prints one JSON line: {"files": ["<project-relative path>", ...]} (every file copied), or
// {"error": "..."}.
"use strict";
const fs = require("fs");
const path = require("path");

function main() {
  const request = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  const ts = require(request.typescript);
  let options = {};
  if (request.tsconfig) {
    const read = ts.readConfigFile(request.tsconfig, ts.sys.readFile);
    if (read.error) {
      return { error: ts.flattenDiagnosticMessageText(read.error.messageText, " ") };
    }
    options = ts.parseJsonConfigFileContent(
      read.config,
      ts.sys,
      path.dirname(request.tsconfig)
    ).options;
  }
  const transpileOptions = Object.assign({}, options, {
    experimentalDecorators: true,
    emitDecoratorMetadata: true,
    module: ts.ModuleKind.ESNext,
    target: ts.ScriptTarget.ES2022,
    sourceMap: false,
    inlineSourceMap: true,
    inlineSources: true,
    declaration: false,
    noEmit: false,
    isolatedModules: true,
  });
  // A decorator starts a line: `@Injectable()`, `  @Column() name: string`.
  const decorator = /^\s*@[A-Za-z_$]/m;
  const seen = new Set();
  const queue = request.entries.slice();
  const copied = [];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) {
      continue;
    }
    seen.add(file);
    const relative = path.relative(request.projectDir, file);
    if (relative.startsWith("..") || path.isAbsolute(relative)) {
      return {
        error:
          file +
          " is outside the project folder; emitTsDecoratorMetadata compiles only sources inside it",
      };
    }
    const text = fs.readFileSync(file, "utf8");
    let output = text;
    if (/\.[cm]?tsx?$/.test(file) && decorator.test(text)) {
      output = ts.transpileModule(text, {
        compilerOptions: transpileOptions,
        fileName: file,
        reportDiagnostics: false,
      }).outputText;
    }
    const target = path.join(request.outDir, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, output);
    copied.push(relative.split(path.sep).join("/"));
    for (const imported of ts.preProcessFile(text, true, true).importedFiles) {
      const resolved = ts.resolveModuleName(imported.fileName, file, options, ts.sys)
        .resolvedModule;
      if (resolved && !resolved.isExternalLibraryImport && !/\.d\.[cm]?ts$/.test(resolved.resolvedFileName)) {
        queue.push(path.resolve(resolved.resolvedFileName));
      }
    }
  }
  return { files: copied.sort() };
}

let result;
try {
  result = main();
} catch (failure) {
  result = { error: String(failure && failure.message ? failure.message : failure) };
}
process.stdout.write(JSON.stringify(result) + "\n");
