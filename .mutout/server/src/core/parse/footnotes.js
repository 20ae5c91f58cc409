"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.findFootnotes = findFootnotes;
const MAX_FOOTNOTE_GAP = 8;
/** Footnotes under a table: after an optional short rule, lines that start with a marker. */
function findFootnotes(doc, from) {
    const { infos, lines } = doc;
    let p = from;
    let gap = 0;
    while (p < infos.length &&
        gap <= MAX_FOOTNOTE_GAP &&
        (infos[p].kind === 'blank' || infos[p].kind === 'rule' || /^\s*<\/TABLE>/i.test(lines[p]))) {
        p++;
        gap++;
    }
    const out = [];
    while (p < infos.length && infos[p].kind === 'footnote') {
        const m = /^\s*(\(\w{1,3}\)|\*{1,3}|\{\d{1,2}\}|\d{1,2}\))/.exec(lines[p]);
        const marker = m ? m[1] : '';
        const start = p;
        const parts = [lines[p].slice(m ? m[0].length : 0).trim()];
        p++;
        while (p < infos.length) {
            const kind = infos[p].kind;
            if (kind === 'blank' || kind === 'footnote' || kind === 'page' || kind === 'tag' || kind === 'rule')
                break;
            parts.push(lines[p].trim());
            p++;
        }
        out.push({ marker, text: parts.join(' '), startLine: start, endLine: p - 1 });
        // One or two blank lines may separate footnotes.
        let q = p;
        while (q < infos.length && infos[q].kind === 'blank' && q - p < 2)
            q++;
        if (q < infos.length && infos[q].kind === 'footnote')
            p = q;
        else
            break;
    }
    return out;
}
//# sourceMappingURL=footnotes.js.map