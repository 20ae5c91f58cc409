"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * A column whose figures share their left edge more than their right one is set flush left (FL201
 * leaves it alone), unless one figure alone says so: a figure shorter than the others, on their left
 * edge and short of their right one, in a table whose other columns are set flush right, is off its
 * column (facts/alignment.ts `shortOneLeft`, `othersFlushRight`).
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const core_1 = require("../../server/src/core");
/** A text table of three year columns; each figure is placed by its first character (`starts`). */
function table(rows) {
    const line = (label, figures, starts) => {
        let s = label.padEnd(30, '.');
        figures.forEach((f, i) => {
            s = s.padEnd(starts[i], ' ') + f;
        });
        return s;
    };
    return [
        '<TABLE>',
        '<CAPTION>',
        '                                  1997        1996        1995',
        '                               -------     -------     -------',
        '<S>                            <C>         <C>         <C>',
        ...rows.map(([label, figures, starts]) => line(label, figures, starts)),
        '</TABLE>',
        '',
    ].join('\n');
}
/** Right-aligned figures ending at columns 38, 50 and 62 (exclusive), as a typist sets them. */
function right(figures) {
    return figures.map((f, i) => 38 + 12 * i - f.length);
}
/** A row set flush right in every column. */
const flushRight = (label, ...figures) => [label, figures, right(figures)];
/** A row whose first figure starts on the first column's left edge (33), the others set flush right. */
const firstLeft = (label, ...figures) => [label, figures, [33, ...right(figures).slice(1)]];
/** A row set flush left in every column (33, 45, 57). */
const allLeft = (label, ...figures) => [label, figures, [33, 45, 57]];
function misaligned(text) {
    return (0, core_1.analyze)(text)
        .findings.filter((f) => f.code === 'FL201')
        .map((f) => f.message.split(' ')[0]);
}
(0, node_test_1.test)('a short figure alone on the left edge of a right-aligned table is off its column', () => {
    const text = table([
        flushRight('United States', '2,640', '2,619', '1,505'),
        firstLeft('Japan', '478', '519', '459'),
        flushRight('Rest of world', '1,062', '1,024', '930'),
        flushRight('Total', '4,180', '4,162', '2,894'),
    ]);
    assert.deepEqual(misaligned(text), ['478']);
});
(0, node_test_1.test)('two short figures on the left edge set the column flush left', () => {
    // Eight rows, so that six figures of eight on the right edge pass the column's agreement.
    const text = table([
        flushRight('United States', '2,640', '2,619', '1,505'),
        firstLeft('Japan', '478', '519', '459'),
        flushRight('Germany', '1,062', '1,024', '930'),
        flushRight('France', '1,210', '1,190', '1,180'),
        firstLeft('Other', '99', '97', '88'),
        flushRight('Canada', '1,300', '1,250', '1,200'),
        flushRight('Mexico', '1,400', '1,350', '1,300'),
        flushRight('Total', '8,189', '8,049', '7,562'),
    ]);
    assert.deepEqual(misaligned(text), []);
});
(0, node_test_1.test)('a longer figure sticking out past the right edge leaves the column flush left', () => {
    const text = table([
        firstLeft('United States', '640', '2,619', '1,505'),
        firstLeft('Japan', '478', '519', '459'),
        firstLeft('Rest of world', '312', '1,024', '930'),
        firstLeft('Total', '1,430', '4,162', '2,894'),
    ]);
    assert.deepEqual(misaligned(text), []);
});
(0, node_test_1.test)('without right-aligned columns beside it, a short figure on the left edge is left alone', () => {
    const text = table([
        allLeft('United States', '2,640', '2,619', '1,505'),
        allLeft('Japan', '478', '519', '459'),
        allLeft('Rest of world', '1,062', '1,024', '930'),
        allLeft('Total', '4,180', '4,162', '2,894'),
    ]);
    assert.deepEqual(misaligned(text), []);
});
//# sourceMappingURL=flush-left.test.js.map