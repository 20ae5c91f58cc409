"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.characterSet = void 0;
const perLine_1 = require("./perLine");
const pageKept_1 = require("../pageKept");
const NOT_PRINTABLE = /[^\x20-\x7e\t]/g;
const ANY_NOT_PRINTABLE = /[^\x20-\x7e\t]/;
const charsetCache = (0, pageKept_1.pageSlot)();
const scanCharacters = (l, text, _inTable, out) => {
    // Long lines are data, not prose; a line of plain ASCII is the common case.
    if (text.length > 10_000 || !ANY_NOT_PRINTABLE.test(text))
        return;
    NOT_PRINTABLE.lastIndex = 0;
    let m;
    while ((m = NOT_PRINTABLE.exec(text)) && out.length < perLine_1.MAX_PER_DOCUMENT) {
        const code = m[0].charCodeAt(0);
        out.push({
            span: { line: l, start: m.index, end: m.index + m[0].length },
            message: `Character U+${code.toString(16).toUpperCase().padStart(4, '0')} is not printable ASCII`,
            related: [],
        });
    }
};
const hasNonPrintable = (text) => ANY_NOT_PRINTABLE.test(text);
exports.characterSet = {
    code: 'FL402',
    name: 'character-set',
    description: 'A character outside printable ASCII, which EDGAR does not accept in ASCII documents.',
    defaultSeverity: 'information',
    scope: 'line',
    run(ctx) {
        // A page of plain ASCII (most of them) is told by searching its lines, stopping at the first hit.
        // (Searching the page's lines joined into one string takes as long and allocates the page again.)
        return (0, perLine_1.perLine)(charsetCache, ctx, scanCharacters, hasNonPrintable);
    },
};
//# sourceMappingURL=characterSet.js.map