"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.guarded = guarded;
exports.guardedWithCancel = guardedWithCancel;
/**
 * Every request handler runs inside a guard: an exception is logged and the request answers a
 * harmless default, so one bad document cannot take the server down.
 */
const vscode_languageserver_1 = require("vscode-languageserver");
function guarded(connection, name, fallback, handler) {
    return async (params) => {
        try {
            return await handler(params);
        }
        catch (error) {
            connection.console.error(`${name} failed: ${String(error?.stack ?? error)}`);
            return fallback;
        }
    };
}
/** The same, for requests that honour cancellation: a cancelled request answers RequestCancelled. */
function guardedWithCancel(connection, name, fallback, handler) {
    return async (params, token) => {
        if (token.isCancellationRequested)
            return new vscode_languageserver_1.ResponseError(vscode_languageserver_1.LSPErrorCodes.RequestCancelled, 'cancelled');
        try {
            return await handler(params, token);
        }
        catch (error) {
            if (error instanceof vscode_languageserver_1.ResponseError)
                return error;
            connection.console.error(`${name} failed: ${String(error?.stack ?? error)}`);
            return fallback;
        }
    };
}
//# sourceMappingURL=guard.js.map