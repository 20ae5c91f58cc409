// Bundles, one file each: for Node, the client (vscode external), the server and the command line;
// for the browser (VS Code for the Web), the client and the server's web worker, which must not
// import Node: the build fails, naming the importer, if a Node built-in reaches them.
import { builtinModules, isBuiltin } from 'node:module';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};
const node = { ...common, platform: 'node', target: 'node18' };
// Node's built-ins are left external, so that the metafile shows who imports them, rather than
// failing to resolve them one by one.
const browser = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  metafile: true,
  external: ['vscode', 'node:*', ...builtinModules],
};

/** Each import of a Node built-in in a browser bundle, as `importer imports module`. */
function nodeImports(result) {
  return Object.entries(result.metafile.inputs).flatMap(([file, input]) =>
    input.imports.filter((i) => i.external && isBuiltin(i.path)).map((i) => `${file} imports ${i.path}`),
  );
}

const [, , , , browserClient, worker] = await Promise.all([
  esbuild.build({
    ...node,
    entryPoints: ['client/src/extension.ts'],
    outfile: 'client/out/extension.js',
    external: ['vscode'],
  }),
  esbuild.build({ ...node, entryPoints: ['server/src/main.ts'], outfile: 'server/out/server.js' }),
  esbuild.build({ ...node, entryPoints: ['cli/filing-lint.ts'], outfile: 'cli/out/filing-lint.js' }),
  esbuild.build({ ...node, entryPoints: ['scripts/null-server.ts'], outfile: 'out/bench/null-server.js' }),
  esbuild.build({ ...browser, entryPoints: ['client/src/browser.ts'], outfile: 'client/out/browser.js' }),
  esbuild.build({ ...browser, entryPoints: ['server/src/worker.ts'], outfile: 'server/out/worker.js', format: 'iife' }),
]);

const reached = [browserClient, worker].flatMap(nodeImports);
if (reached.length > 0) {
  process.stderr.write(`Node built-ins reach the browser bundles:\n  ${reached.join('\n  ')}\n`);
  process.exit(1);
}
