/**
 * Every request handler runs inside a guard: an exception is logged and the request answers a
 * harmless default, so one bad document cannot take the server down.
 */
import type { Connection } from 'vscode-languageserver/node';

export function guarded<P, R>(connection: Connection, name: string, fallback: R, handler: (params: P) => R | Promise<R>): (params: P) => Promise<R> {
  return async (params: P) => {
    try {
      return await handler(params);
    } catch (error) {
      connection.console.error(`${name} failed: ${String((error as Error)?.stack ?? error)}`);
      return fallback;
    }
  };
}
