/**
 * Every request handler runs inside a guard: an exception is logged and the request answers a
 * harmless default, so one bad document cannot take the server down.
 */
import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';

export function guarded<P, R>(
  connection: Connection,
  name: string,
  fallback: R,
  handler: (params: P) => R | Promise<R>,
): (params: P) => Promise<R> {
  return async (params: P) => {
    try {
      return await handler(params);
    } catch (error) {
      connection.console.error(`${name} failed: ${String((error as Error)?.stack ?? error)}`);
      return fallback;
    }
  };
}

/** The same, for requests that honour cancellation: a cancelled request answers RequestCancelled. */
export function guardedWithCancel<P, R>(
  connection: Connection,
  name: string,
  fallback: R,
  handler: (params: P, token: CancellationToken) => R | Promise<R>,
) {
  return async (params: P, token: CancellationToken): Promise<R | ResponseError<void>> => {
    if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    try {
      return await handler(params, token);
    } catch (error) {
      if (error instanceof ResponseError) return error;
      connection.console.error(`${name} failed: ${String((error as Error)?.stack ?? error)}`);
      return fallback;
    }
  };
}
