"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.lineLength = void 0;
const perLine_1 = require("./perLine");
const pageKept_1 = require("../pageKept");
const DOCUMENT_LIMIT = 80;
/**
 * A line of a document's header, before its `<TEXT>`: its fields are not the document's text, and a
 * `<DESCRIPTION>` may run to 255 characters.
 */
const DOCUMENT_HEADER = /^<(?:TYPE|SEQUENCE|FILENAME|DESCRIPTION)>/;
const TABLE_LIMIT = 132;
const lengthCache = (0, pageKept_1.pageSlot)();
// Module functions, not arrows made in `run`: they run on every line (see docs/performance.md,
// "Closures and optimised code").
const scanLength = (l, text, inTable, out) => {
    if (text.length <= DOCUMENT_LIMIT || DOCUMENT_HEADER.test(text))
        return;
    const limit = inTable(l) ? TABLE_LIMIT : DOCUMENT_LIMIT;
    const width = text.trimEnd().length;
    if (width <= limit)
        return;
    out.push({
        span: { line: l, start: limit, end: width },
        message: `Line is ${width} characters; EDGAR allows ${limit}${limit === TABLE_LIMIT ? ' in a table' : ''}`,
        related: [],
    });
};
const mayBeTooLong = (text) => text.length > DOCUMENT_LIMIT;
exports.lineLength = {
    code: 'FL401',
    name: 'line-length',
    description: 'A line is longer than EDGAR allows for ASCII documents (80 characters, 132 in tables).',
    defaultSeverity: 'information',
    scope: 'line',
    run(ctx) {
        return (0, perLine_1.perLine)(lengthCache, ctx, scanLength, mayBeTooLong);
    },
};
//# sourceMappingURL=lineLength.js.map