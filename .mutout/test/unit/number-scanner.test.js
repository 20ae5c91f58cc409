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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
/**
 * The number scanner against its grammar: parseNumber reads cells in one pass, and must give the
 * answer the regular grammar (NUMBER_GRAMMAR, DASH_GRAMMAR) gives, on any text.
 */
const node_test_1 = require("node:test");
const assert = __importStar(require("node:assert/strict"));
const fast_check_1 = __importDefault(require("fast-check"));
const decimal_1 = require("../../server/src/core/decimal");
/** The grammar of a figure (see parseNumber), as regular expressions: slow, but plainly what a figure is. */
const NUMBER_GRAMMAR = /^(\( *)?(\$\s*)?(\()?([-+])?(?:(\d{1,3}(?:,\d{3})+|\d+)?(?:(\.\d+)(?: (\d{1,2})\/(2|4|8|16|32|64|128|256))?)?|(?:(\d+)[ -])?(\d{1,2})\/(2|4|8|16|32|64|128|256))(%)?( *\))?(%)?(\*{1,3}|(?:\([A-Za-z0-9]{1,2}\)|\[[A-Za-z0-9]{1,2}\]|\/\([A-Za-z0-9]{1,2}\)\/){1,3}|\{\d{1,2}\})?$/;
const DASH_GRAMMAR = /^\$?\s*(-{1,3}|\u2014|\u2013)$/;
/** The grammar read with regular expressions: slow, but plainly what a number is. */
function byGrammar(text) {
    const t = text.trim();
    if (t.length === 0 || t.length > 60)
        return null;
    const lead = text.length - text.trimStart().length;
    const dash = DASH_GRAMMAR.exec(t);
    if (dash) {
        return {
            units: '0',
            scale: 0,
            dollar: t.startsWith('$'),
            percent: false,
            dash: true,
            grouped: false,
            start: lead + t.length - dash[1].length,
            end: lead + t.length,
        };
    }
    const m = NUMBER_GRAMMAR.exec(t);
    if (!m)
        return null;
    const [, open1, dollar, open2, sign, whole, frac, partNum, partDen, mixedWhole, numerator, denominator, pct1, close, pct2,] = m;
    const vulgar = numerator !== undefined;
    if (!vulgar && whole === undefined && frac === undefined)
        return null;
    // A proper fraction: `7/8`, not `9/8`; a fraction of a decimal's last unit only after a decimal part.
    if (vulgar && Number(numerator) >= Number(denominator))
        return null;
    if (partNum !== undefined && Number(partNum) >= Number(partDen))
        return null;
    const open = open1 ?? open2;
    if ((open !== undefined) !== (close !== undefined))
        return null;
    if (pct1 !== undefined && pct2 !== undefined)
        return null;
    let units;
    let scale;
    if (vulgar) {
        scale = Math.log2(Number(denominator));
        units =
            BigInt(mixedWhole ?? '0') * 10n ** BigInt(scale) +
                (BigInt(numerator) * 10n ** BigInt(scale)) / BigInt(denominator);
    }
    else {
        const fracDigits = frac ? frac.slice(1) : '';
        scale = fracDigits.length;
        units = BigInt((whole ?? '0').replace(/,/g, '') + fracDigits);
        if (partNum !== undefined) {
            const s2 = Math.log2(Number(partDen));
            units = units * 10n ** BigInt(s2) + (BigInt(partNum) * 10n ** BigInt(s2)) / BigInt(partDen);
            scale += s2;
        }
    }
    if (open !== undefined || sign === '-')
        units = -units;
    const written = vulgar
        ? `${mixedWhole !== undefined ? `${mixedWhole} ` : ''}${numerator}/${denominator}`
        : `${whole ?? ''}${frac ?? ''}${partNum !== undefined ? ` ${partNum}/${partDen}` : ''}`;
    const digitsStart = lead + (open1?.length ?? 0) + (dollar?.length ?? 0) + (open2?.length ?? 0);
    const end = digitsStart +
        (sign?.length ?? 0) +
        written.length +
        (pct1?.length ?? 0) +
        (close?.length ?? 0) +
        (pct2?.length ?? 0);
    return {
        units: units.toString(),
        scale,
        dollar: dollar !== undefined,
        percent: pct1 !== undefined || pct2 !== undefined,
        dash: false,
        grouped: !vulgar && whole !== undefined && whole.includes(','),
        start: open1 !== undefined ? lead : digitsStart,
        end,
    };
}
function byScanner(text) {
    const n = (0, decimal_1.parseNumber)(text);
    return (n && {
        units: n.value.units.toString(),
        scale: n.value.scale,
        dollar: n.dollar,
        percent: n.percent,
        dash: n.dash,
        grouped: n.grouped,
        start: n.start,
        end: n.end,
    });
}
const cellChar = fast_check_1.default.constantFrom(...'0123456789012345678901234567890123456789,,,...$$(())%%**--+  \t\u00a0\u2014\u2013axH//{}[]'.split(''));
/** Cells made of the pieces figures are written with, in any order. */
const cellPiece = fast_check_1.default.constantFrom(' ', '  ', '(', ')', '$', '$ ', '-', '--', '+', '\u2014', '1', '12', '123', '1234', ',', ',000', ',00', '.', '.5', '.25', '%', '*', '**', '***', '\u00a0', 'x', '/', '/8', ' 7/8', '-1/8', '1/2', '/25', '(5)', '(a)', '(H)', '(12)', '/(4)/', '[A]', '[1]', '[', ']', '{1}', '{', '}');
(0, node_test_1.test)('the scanner reads every text as the grammar does', () => {
    const text = fast_check_1.default.oneof(fast_check_1.default.array(cellChar, { maxLength: 24 }).map((cs) => cs.join('')), fast_check_1.default.array(cellPiece, { maxLength: 10 }).map((ps) => ps.join('')));
    fast_check_1.default.assert(fast_check_1.default.property(text, (text) => {
        assert.deepEqual(byScanner(text), byGrammar(text), JSON.stringify(text));
    }), { numRuns: 20_000 });
});
(0, node_test_1.test)('the scanner reads written figures as the grammar does', () => {
    const samples = [
        '$ 113,346,210.62',
        '(1,234)',
        '(.2)',
        '50.35%',
        '-',
        '--',
        '---',
        '----',
        '\u2014',
        '$ -',
        '6.01*',
        '100.00%',
        '($5)',
        '$(5)',
        '((5)',
        '5%)',
        '(5)%',
        '1,2345',
        '12,34',
        '1.',
        '.5',
        '+3',
        '-3',
        '9,007,199,254,740,993',
        '123456789012345678.25',
        '  42  ',
        '1,000,000,000,000,000.01',
        '0.00',
        '1,250(5)',
        '(2,417)(H)',
        '63(7)(8)',
        '1,234(a)',
        '12.5%(a)',
        '1,234{1}',
        '1,234(abc)',
        '1,234(5)(6)(7)(8)',
        '48 7/8',
        '1/2',
        '3/4%',
        '(5 1/4)',
        '$ 12 3/8',
        '12/25',
        '9/8',
        '1,048 7/8',
        '48  7/8',
        '0/08',
        '30-1/8',
        '$  37-1/4',
        '1997-1999',
        '.37 1/2',
        '$ .37 1/2',
        '(.12 1/2)',
        '1.37 1/2%',
        '.37 3/2',
        '.37 1/3',
        '.37  1/2',
        '37 1/2 1/4',
    ];
    for (const text of samples)
        assert.deepEqual(byScanner(text), byGrammar(text), text);
});
(0, node_test_1.test)('reading a cell inside its line gives what reading the cell alone gives', () => {
    const piece = fast_check_1.default.array(cellPiece, { maxLength: 8 }).map((ps) => ps.join(''));
    fast_check_1.default.assert(fast_check_1.default.property(piece, piece, piece, (before, cell, after) => {
        const line = `${before}${cell}${after}`;
        const inLine = (0, decimal_1.parseNumberIn)(line, before.length, before.length + cell.length);
        const alone = (0, decimal_1.parseNumber)(cell);
        assert.deepEqual(inLine && { ...inLine, value: inLine.value.units.toString() + '/' + inLine.value.scale }, alone && { ...alone, value: alone.value.units.toString() + '/' + alone.value.scale });
    }), { numRuns: 5_000 });
});
//# sourceMappingURL=number-scanner.test.js.map