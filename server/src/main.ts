/**
 * The server's main over Node (bundled as server/out/server.js): the connection its command line
 * names, stdio when VS Code starts it, and the server on it. A browser-worker main would build a
 * worker's connection and call the same `startServer`.
 */
import { serverConnection } from './protocol/connection';
import { startServer } from './server';

startServer(serverConnection());
