"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.htmlFiling = htmlFiling;
/** HTML filings built for tests: one 10-K document whose body is the lines given. */
function htmlFiling(body) {
    return [
        '<DOCUMENT>',
        '<TYPE>10-K',
        '<TEXT>',
        '<html><body>',
        ...body,
        '</body></html>',
        '</TEXT>',
        '</DOCUMENT>',
        '',
    ].join('\n');
}
//# sourceMappingURL=html.js.map