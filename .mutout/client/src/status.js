"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.StatusBoard = exports.PENDING = void 0;
exports.describeStatus = describeStatus;
/**
 * Shown for a filing the server has not reported on: just opened, or one it never analyses (a
 * `git:` diff side), so no spinner that might never stop.
 */
exports.PENDING = {
    text: '$(table) Filing Lint',
    detail: 'no analysis yet',
    busy: false,
    severity: 'information',
};
function describeStatus(s) {
    const figures = `$(table) ${s.tables} tables · ${s.findings} findings`;
    if (s.failed) {
        // A first look's findings stay published, but the rest of the filing is unchecked; without a
        // look, the figures would be none of this version's.
        return {
            text: s.through !== undefined ? `${figures} so far` : '$(table) Filing Lint: analysis failed',
            detail: 'analysis failed: see the Filing Lint output',
            busy: false,
            severity: 'error',
        };
    }
    const partial = s.through !== undefined;
    return {
        text: `${figures}${partial ? ' so far' : ''}`,
        detail: s.skipped
            ? 'over the size limit: not analysed'
            : partial
                ? `first ${s.through} lines checked in ${s.ms.toFixed(0)} ms; analysing the rest`
                : `analysis ${s.ms.toFixed(0)} ms`,
        busy: partial,
        severity: s.errors > 0 ? 'warning' : 'information',
    };
}
/** The last status of each open filing. */
class StatusBoard {
    latest = new Map();
    /** Records a status; an older version's, arriving late, never replaces a newer one's. */
    update(s) {
        const known = this.latest.get(s.uri);
        if (known && known.version > s.version)
            return;
        this.latest.set(s.uri, s);
    }
    forget(uri) {
        this.latest.delete(uri);
    }
    view(uri) {
        const s = this.latest.get(uri);
        return s ? describeStatus(s) : exports.PENDING;
    }
}
exports.StatusBoard = StatusBoard;
//# sourceMappingURL=status.js.map