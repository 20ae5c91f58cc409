"use strict";
/**
 * Does a plain-text document look like an SEC filing? Read from its first few KB only, so it is
 * cheap on a 100 MB file. No editor imports: tested directly.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.DETECT_BYTES = void 0;
exports.looksLikeFiling = looksLikeFiling;
exports.looksLikeHtmlFiling = looksLikeHtmlFiling;
/** How much of the document detection reads. */
exports.DETECT_BYTES = 8192;
const EDGAR_MARKERS = [
    /<SEC-DOCUMENT>/i,
    /<SEC-HEADER>/i,
    /<IMS-DOCUMENT>/i,
    /-----BEGIN PRIVACY-ENHANCED MESSAGE-----/,
    /^[ \t]*<DOCUMENT>[ \t]*$/im,
    /^[ \t]*<TYPE>[ \t]*\S/im,
    /CONFORMED SUBMISSION TYPE:/i,
    /ACCESSION NUMBER:/i,
];
const FORM_WORDS = [
    /SECURITIES AND EXCHANGE COMMISSION/i,
    /\bForm\s+(?:8-K|10-K|10-Q|S-1|S-3|424B\d|10-D|20-F|N-CSR)\b/i,
    /Washington,\s+D\.?C\.?\s+20549/i,
];
/** A fixed-width money or percent column: two or more spaces, then a figure, at the end of a line. */
const TABLE_ROW = /\S {2,}\$? ?\(?\d{1,3}(?:,\d{3})*(?:\.\d+)?%?\)?\s*$/;
const RULE = /^\s*[-=]{10,}\s*$/;
function looksLikeFiling(head) {
    const text = head.slice(0, exports.DETECT_BYTES);
    if (EDGAR_MARKERS.some((re) => re.test(text)))
        return true;
    const formHits = FORM_WORDS.filter((re) => re.test(text)).length;
    if (formHits >= 2)
        return true;
    const lines = text.split(/\r\n|\r|\n/);
    const rows = lines.filter((l) => TABLE_ROW.test(l)).length;
    const rules = lines.filter((l) => RULE.test(l)).length;
    return formHits >= 1 && rows >= 3 && rules >= 1;
}
/** Markup read past, for the words of an HTML document's text: tags, and the spaces written as entities. */
const TAG = /<[^<>]*>/g;
const SPACE_ENTITY = /&(?:nbsp|#160|#xa0);/gi;
/** Inline XBRL, which EDGAR alone asks for: a filing whatever its words. */
const INLINE_XBRL = /<ix:header\b|\bxmlns:ix\s*=/i;
/**
 * Does an HTML document look like an SEC filing? A submission's markers, inline XBRL, or the words
 * of a form's cover (`SECURITIES AND EXCHANGE COMMISSION`, `Washington, D.C. 20549`, `Form 10-K`)
 * in its text. An ordinary web page has none of them.
 */
function looksLikeHtmlFiling(head) {
    const text = head.slice(0, exports.DETECT_BYTES * 4);
    if (EDGAR_MARKERS.some((re) => re.test(text)) || INLINE_XBRL.test(text))
        return true;
    const words = text.replace(TAG, ' ').replace(SPACE_ENTITY, ' ').replace(/\s+/g, ' ');
    return FORM_WORDS.filter((re) => re.test(words)).length >= 2;
}
//# sourceMappingURL=detect.js.map