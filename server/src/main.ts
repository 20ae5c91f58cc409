/**
 * The server's main over Node (bundled as server/out/server.js): the connection its command line
 * names, stdio when VS Code starts it, and the server on it, reading sidecar files from disk.
 * worker.ts is the main in a browser's web worker.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serverConnection } from './protocol/connection';
import { startServer } from './server';
import { readSidecar } from '../../common/readSidecar';

startServer(serverConnection(), {
  runtime: 'node',
  // The rule pages ship beside the bundle: server/out/server.js -> docs/rules/CODE.md.
  docsRoot: pathToFileURL(path.join(__dirname, '..', '..', 'docs', 'rules') + path.sep).toString(),
  // `NAME.filinglint.json` beside a file on disk (read only; the client writes it).
  sidecar: (uri) => {
    if (!uri.startsWith('file:')) return [];
    try {
      return readSidecar(fileURLToPath(uri));
    } catch {
      return []; // not a path on this system
    }
  },
  largeDocumentAdvice: 'the command line',
  heapUsed: () => process.memoryUsage().heapUsed,
  // The warm-up filings ship beside the bundle: server/out/server.js -> server/warm-up/*.txt.
  warmUpFilings: () => {
    const dir = path.join(__dirname, '..', 'warm-up');
    return fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => fs.readFileSync(path.join(dir, name), 'latin1'));
  },
});
