"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.settledTables = exports.rereadHtmlDocument = exports.readHtmlDocument = void 0;
/**
 * The HTML reader: the tables of an HTML document (the `<TEXT>` of a submission's document, or a
 * whole `.htm` file) as the model's tables, the same `Table` the fixed-width reader makes. Stages:
 * scan.ts (one pass of the tokenizer), grid.ts (cells and figures), header.ts, rows.ts,
 * footnotes.ts, and table.ts, the recipe for one table; document.ts reads a document whole, or
 * around an edit inside it.
 */
var document_1 = require("./document");
Object.defineProperty(exports, "readHtmlDocument", { enumerable: true, get: function () { return document_1.readHtmlDocument; } });
Object.defineProperty(exports, "rereadHtmlDocument", { enumerable: true, get: function () { return document_1.rereadHtmlDocument; } });
Object.defineProperty(exports, "settledTables", { enumerable: true, get: function () { return document_1.settledTables; } });
//# sourceMappingURL=index.js.map