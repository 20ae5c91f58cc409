"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.statedFigures = statedFigures;
/**
 * Figures a footnote states about its table: "the weighted average mortgage rate ... is expected to
 * be approximately 6.973%", "the average current mortgage loan principal balance ... approximately
 * $407,075". Only the sentence's subject and number are read; the rest of the prose is left alone.
 */
const decimal_1 = require("../decimal");
const SENTENCE_END = /(?<=[a-z0-9%)])\.(?=\s+[A-Z]|\s*$)/;
const FIGURE = /approximately\s+(\$?\s?\d[\d,]*(?:\.\d+)?\s?%?)/i;
/**
 * A unit word after the figure (`approximately 23 million`): the figure is in a unit the sentence
 * names, not in the table's, and the sentence is not tied (Comcast's previously reported Sky
 * customers, 23 million, beside a table in thousands).
 */
const UNIT_AFTER = /^\s*(?:thousand|million|billion|trillion)\b/i;
function statedFigures(footnotes) {
    const out = [];
    for (const footnote of footnotes) {
        for (const sentence of footnote.text.split(SENTENCE_END)) {
            const figure = FIGURE.exec(sentence);
            if (!figure || UNIT_AFTER.test(sentence.slice(figure.index + figure[0].length)))
                continue;
            // One space between words, so the patterns below need no ambiguous whitespace runs; words of
            // at most 40 letters, so a run of letters with no space is not tried at every length.
            const lower = sentence.toLowerCase().replace(/\s+/g, ' ');
            let kind = null;
            let subject = '';
            const wa = /weighted average ((?:[a-z-]{1,40} ){1,8}?)(?:of|is|was|will)\b/.exec(lower);
            const avg = /\baverage ((?:[a-z-]{1,40} ){0,8}?balance)\b/.exec(lower);
            if (wa) {
                kind = 'weighted-average';
                subject = `weighted average ${wa[1].trim()}`;
            }
            else if (avg) {
                kind = 'average-balance';
                subject = `average ${avg[1].trim()}`;
            }
            else if (statesTotal(sentence.slice(0, figure.index)) &&
                !aShareOfIt(figure[1], sentence.slice(figure.index + figure[0].length))) {
                kind = 'total';
                subject = 'total';
            }
            if (!kind)
                continue;
            const text = figure[1].replace(/\s+/g, ' ').trim();
            const parsed = (0, decimal_1.parseNumber)(text.replace(/\s/g, ''));
            if (!parsed)
                continue;
            out.push({ kind, subject, value: parsed.value, text, qualified: /\bwithout\b/.test(lower), footnote });
        }
    }
    return out;
}
/**
 * Whether the words before a figure make it a total (`the aggregate principal balance ... is
 * approximately $42,000,000`). A total named only after the figure holds it as a part (`approximately
 * $3 million in interest charges ... aggregated in the 1999 total interest expense`), and so does
 * one the figure is said to be included in.
 */
function statesTotal(before) {
    const lower = before.toLowerCase();
    return TOTAL_WORD.test(lower) && !PART_WORD.test(lower);
}
/**
 * Whether a figure said after a total is a share of it, not the total: a percentage (`... is
 * $357,076,226.78, or approximately 27% of the total pool`: the total is the table's amount, 27% is
 * the part's share of it), or a figure followed by `of the total`, `of the pool`.
 */
function aShareOfIt(figure, after) {
    return figure.includes('%') || SHARE_OF.test(after);
}
const SHARE_OF = /^\s*of\s+(?:the\s+|its\s+)?(?:total|aggregate|pool|initial|statistical|cut-off)\b/i;
const TOTAL_WORD = /\b(?:aggregate|total)\b/;
const PART_WORD = /\b(?:included|includes|including|of which|portion)\b/;
//# sourceMappingURL=stated.js.map