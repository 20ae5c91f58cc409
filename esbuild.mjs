// Bundles: the client (vscode external), the server and the command line, one file each.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: ['client/src/extension.ts'],
    outfile: 'client/out/extension.js',
    external: ['vscode'],
  }),
  esbuild.build({ ...common, entryPoints: ['server/src/main.ts'], outfile: 'server/out/server.js' }),
  esbuild.build({ ...common, entryPoints: ['cli/filing-lint.ts'], outfile: 'cli/out/filing-lint.js' }),
  esbuild.build({ ...common, entryPoints: ['scripts/null-server.ts'], outfile: 'out/bench/null-server.js' }),
]);
