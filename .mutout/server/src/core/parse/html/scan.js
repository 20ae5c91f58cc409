"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_AFTER = void 0;
exports.raised = raised;
exports.scanHtml = scanHtml;
exports.pieceAt = pieceAt;
exports.sourceOffset = sourceOffset;
exports.sourceEnd = sourceEnd;
/**
 * The HTML reader's first stage: one pass of htmlparser2's tokenizer over an HTML document, which
 * keeps what the table stages read: each `<TABLE>`'s rows and cells (their text with the source
 * offset of every piece, spans, borders, footnote markers) and the paragraphs around it (title,
 * scale note, footnotes). No tree is built: a 3 MB prospectus is read in one pass (docs/html.md).
 */
const htmlparser2_1 = require("htmlparser2");
/** A paragraph longer than this is no paragraph (a document without block tags): its amounts are not read. */
const MAX_PROSE = 8000;
/** An amount in a paragraph: `$` before a digit, a space between allowed. */
const STATES_AMOUNT = /\$\s?\d/;
const MAX_BEFORE = 6;
exports.MAX_AFTER = 12;
/** Spans beyond these are taken as what they are, typing slips: no table has such a cell. */
const MAX_SPAN = 100;
/** Elements open around a table beyond which its scan state is not kept (the corpus's deepest: 7). */
const MAX_OPEN = 64;
/** Numbers the states not kept, each unlike any other, in any scan. */
let unmatchedStates = 0;
/**
 * Elements open at once beyond which a document is read no further: tags never closed, which no
 * page of HTML holds (the corpus's deepest: 7). The parser's work per tag grows with the elements
 * open, and a fuzzed 0.9 MB document that opened 155,000 of them took 15 s to read; the tables
 * read before then are kept, one left open ending there.
 */
const MAX_DEPTH = 1000;
class TooDeep extends Error {
}
/** Elements that end a paragraph of text (or a line of a cell). */
const BLOCK = new Set([
    'p',
    'div',
    'br',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'li',
    'ul',
    'ol',
    'center',
    'hr',
    'blockquote',
    'pre',
    'dt',
    'dd',
    'caption',
]);
/** Elements whose content is never text of the document. */
const HIDDEN = new Set(['script', 'style', 'title', 'ix:header', 'xml']);
/**
 * What a document's head holds. Any other tag ends the head as a browser ends it, closed or not:
 * `<HEAD> <T </HEAD> <BODY>` (a title's start cut away) shows the body all the same.
 */
const IN_HEAD = new Set(['title', 'meta', 'link', 'base', 'style', 'script', 'noscript', 'template']);
const BORDER_SIDE = /border-(top|bottom)(?:-style|-width)?\s*:\s*([^;"]*)/gi;
const BORDER_ALL = /(?:^|[;\s"])border\s*:\s*([^;"]*)/i;
/**
 * Whether a style raises its text as a superscript: `vertical-align:super`, or moved up by two
 * points or pixels or more (`position:relative;top:-3.15pt`, as Donnelley and Workiva set footnote
 * references, `1,2` beside a balance sheet's line, in a font a third smaller). A nudge of a pixel
 * is a line's own text set straight, not raised.
 */
function raised(style) {
    if (!style)
        return false;
    if (VERTICAL_SUPER.test(style))
        return true;
    if (!RELATIVE.test(style))
        return false;
    const top = RAISED_TOP.exec(style);
    if (!top)
        return false;
    const by = Number(top[1]);
    return top[2].toLowerCase() === 'em' ? by >= 0.2 : by >= 2;
}
const VERTICAL_SUPER = /vertical-align\s*:\s*super\b/i;
const RELATIVE = /position\s*:\s*relative\b/i;
const RAISED_TOP = /(?:^|[;\s"])top\s*:\s*-\s*(\d+(?:\.\d+)?|\.\d+)\s*(pt|px|em)\b/i;
/** The border a style draws on the top and bottom of its element. */
function bordersOf(style) {
    if (!style || !/border/i.test(style))
        return { top: undefined, bottom: undefined };
    let top;
    let bottom;
    const all = BORDER_ALL.exec(style);
    if (all)
        top = bottom = borderKind(all[1]);
    BORDER_SIDE.lastIndex = 0;
    for (let m = BORDER_SIDE.exec(style); m; m = BORDER_SIDE.exec(style)) {
        const kind = borderKind(m[2]);
        if (m[1].toLowerCase() === 'top')
            top = kind;
        else
            bottom = kind;
    }
    return { top, bottom };
}
/** `1px solid #000`: a rule; `3px double`: a double rule; `none`, `0`, `hidden`: none. */
function borderKind(value) {
    const v = value.trim().toLowerCase();
    // A border in no colour (`transparent`, white) keeps the cell's size and draws nothing.
    if (v === '' ||
        /\b(?:none|hidden|transparent|white)\b|#fff(?:fff)?\b/.test(v) ||
        /(?:^|\s)0(?:px|pt|em)?(?:\s|$)/.test(v)) {
        return undefined;
    }
    return /\bdouble\b/.test(v) ? '=' : '-';
}
function spanOf(value) {
    const n = value === undefined ? 1 : parseInt(value, 10);
    return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}
/**
 * Reads the tables of an HTML document and the paragraphs around them. A part of a document read
 * again (document.ts) starts with `outer` open, the elements open where it starts, outermost
 * first: a close tag matching one of them (`</P>`, `</DIV>`) closes every element inside it,
 * tables included, where a scan starting with none open would pass over it.
 */
function scanHtml(html, outer = []) {
    const tables = [];
    const prose = [];
    const open = [];
    // The elements open, as the parser has them (its callbacks report each open and close, implied
    // ones included), outermost first.
    const elements = [];
    // Paragraphs since the last table, and the tables still collecting the paragraphs after them.
    let before = [];
    let paragraphs = 0;
    let collecting = [];
    let para = '';
    let paraStart = -1;
    // Where the pieces of a paragraph outside tables came from (none for a caption's).
    let paraPieces = [];
    let hidden = 0;
    let inHead = false;
    const hiddenDepth = () => hidden + (inHead ? 1 : 0);
    let sup = 0;
    let supText = '';
    let caption = null;
    let inCaption = false;
    // Per open element, whether it drew a border inside a cell (popped on its close).
    const styleStack = [];
    // Where the tag being read ends; past the text's end once the parser closes what is left open.
    let ended = false;
    // Offsets in `html`: the parser counts the tags that open `outer` written before it.
    const lead = outer.reduce((n, name) => n + name.length + 2, 0);
    let priming = outer.length > 0;
    const tagEnd = () => (ended ? html.length : parser.endIndex - lead + 1);
    const startAt = () => parser.startIndex - lead;
    const endAt = () => parser.endIndex - lead;
    // What a scan of the text that follows starts from: see RawTable.stateBefore and openAfter. Past
    // MAX_OPEN elements left open (tags never closed), a state is not written out for each table:
    // it matches no other, and no scan starts afresh there (an edit reads the document whole).
    const stateKey = () => elements.length > MAX_OPEN
        ? `\u0000${unmatchedStates++}`
        : `${elements.join('>')}|${hiddenDepth()}|${sup}|${styleStack.map((e) => e.name).join('>')}`;
    const restartKey = () => hiddenDepth() === 0 && sup === 0 && styleStack.length === 0 && !inCaption && elements.length <= MAX_OPEN
        ? elements.join('>')
        : null;
    const flushPara = () => {
        const text = para.replace(/\s+/g, ' ').trim();
        if (text) {
            const block = { text, start: paraStart, end: tagEnd() };
            if (inCaption)
                caption = block;
            else if (open.length === 0) {
                if (para.length <= MAX_PROSE && STATES_AMOUNT.test(text)) {
                    prose.push({ text: para, pieces: paraPieces, start: paraPieces[0]?.src ?? paraStart });
                }
                paragraphs++;
                before.push(block);
                if (before.length > MAX_BEFORE)
                    before.shift();
                addAfter(block);
            }
        }
        para = '';
        paraStart = -1;
        paraPieces = [];
    };
    const addAfter = (block) => {
        if (collecting.length === 0)
            return;
        for (const t of collecting)
            t.after.push(block);
        collecting = collecting.filter((t) => t.after.length < exports.MAX_AFTER);
    };
    const top = () => open[open.length - 1];
    const endCell = (o) => {
        o.cell = null;
        o.cellBorders = [];
    };
    const endRow = (o) => {
        endCell(o);
        if (o.row && open.length === 1 && collecting.length > 0) {
            // A row of the table, read as a line, may be a footnote of the table above it.
            const text = o.row.cells
                .map((c) => c.text)
                .join(' ')
                .replace(/\s+/g, ' ')
                .trim();
            if (text) {
                addAfter({ text, start: o.row.cells.find((c) => c.text.trim())?.start ?? o.row.start, end: tagEnd() });
            }
        }
        o.row = null;
    };
    function openTag(name, attribs) {
        if (name === 'head') {
            inHead = true;
            return;
        }
        if (inHead && !IN_HEAD.has(name))
            inHead = false;
        if (HIDDEN.has(name)) {
            hidden++;
            return;
        }
        const o = top();
        if (name === 'table') {
            if (open.length === 0)
                flushPara();
            const table = {
                rows: [],
                start: startAt(),
                end: endAt(),
                caption: null,
                before: open.length === 0 ? before : [],
                paragraphsBefore: open.length === 0 ? paragraphs : 0,
                after: [],
                nested: open.length > 0,
                stateBefore: stateKey(),
                openAfter: null,
            };
            if (open.length === 0) {
                before = [];
                paragraphs = 0;
            }
            open.push({ table, row: null, cell: null, cellBorders: [] });
            return;
        }
        if (!o) {
            if (BLOCK.has(name))
                flushPara();
            return;
        }
        if (name === 'caption') {
            flushPara();
            inCaption = true;
            return;
        }
        if (name === 'tr') {
            endRow(o);
            const b = bordersOf(attribs.style);
            o.row = { cells: [], start: startAt(), top: b.top, bottom: b.bottom };
            o.table.rows.push(o.row);
            return;
        }
        if (name === 'td' || name === 'th') {
            endCell(o);
            if (!o.row) {
                o.row = { cells: [], start: startAt(), top: undefined, bottom: undefined };
                o.table.rows.push(o.row);
            }
            const b = bordersOf(attribs.style);
            o.cell = {
                text: '',
                pieces: [],
                colspan: spanOf(attribs.colspan),
                rowspan: spanOf(attribs.rowspan),
                top: b.top,
                bottom: b.bottom,
                markers: [],
                start: startAt(),
            };
            o.row.cells.push(o.cell);
            return;
        }
        if (!o.cell)
            return;
        if (name === 'sup') {
            sup++;
            return;
        }
        if (name === 'hr') {
            // An `<HR>` in a cell is its rule, unless drawn in white or with no width (a spacer).
            const invisible = /^(?:#f{3}(?:f{3})?|white)$/i.test(attribs.color ?? '') || attribs.width === '0';
            if (!invisible)
                o.cell.bottom ??= '-';
            return;
        }
        const b = bordersOf(attribs.style);
        const draws = b.top !== undefined || b.bottom !== undefined;
        // Text its style raises is a superscript, as `<sup>` is: a footnote reference.
        const up = raised(attribs.style);
        if (up)
            sup++;
        styleStack.push({ name, borders: draws, raised: up });
        if (draws) {
            // A border on a paragraph inside the cell draws the cell's rule (`<P STYLE="border-bottom:...">`).
            o.cell.top ??= b.top;
            o.cell.bottom ??= b.bottom;
        }
        if (BLOCK.has(name))
            addText(o.cell, ' ', startAt(), false);
    }
    function closeTag(name) {
        if (name === 'head') {
            inHead = false;
            return;
        }
        if (HIDDEN.has(name)) {
            if (hidden > 0)
                hidden--;
            return;
        }
        const o = top();
        if (name === 'table') {
            if (!o)
                return;
            endRow(o);
            o.table.end = endAt();
            open.pop();
            tables.push(o.table);
            if (open.length === 0) {
                before = [];
                collecting.push(o.table);
                o.table.openAfter = restartKey();
            }
            return;
        }
        if (!o) {
            if (BLOCK.has(name))
                flushPara();
            return;
        }
        if (name === 'caption') {
            flushPara();
            inCaption = false;
            o.table.caption = caption;
            caption = null;
            return;
        }
        if (name === 'tr') {
            endRow(o);
            return;
        }
        if (name === 'td' || name === 'th') {
            endCell(o);
            return;
        }
        if (name === 'sup') {
            endSup(o);
            return;
        }
        if (o.cell && BLOCK.has(name))
            addText(o.cell, ' ', startAt(), false);
        while (styleStack.length > 0) {
            const s = styleStack.pop();
            if (s.raised)
                endSup(o);
            if (s.name === name)
                break;
        }
    }
    /** The end of a superscript: its text, once the outermost ends, is a marker of the cell. */
    function endSup(o) {
        if (sup > 0)
            sup--;
        if (sup === 0 && o.cell) {
            const marker = supText.trim();
            if (marker)
                o.cell.markers.push(marker);
            supText = '';
            // The marker parts what stands either side of it (`Receivables(1)`, `1,234(2)`).
            addText(o.cell, ' ', startAt(), false);
        }
    }
    /** Whether the text just read is a decoded entity: its source is not as long as it. */
    const isEntity = (text) => endAt() - startAt() + 1 !== text.length;
    function readText(text) {
        if (hidden > 0 || inHead)
            return;
        const o = top();
        if (inCaption || !o) {
            if (paraStart < 0 && text.trim())
                paraStart = startAt() + (text.length - text.trimStart().length);
            if (!inCaption && para.length <= MAX_PROSE) {
                paraPieces.push({ at: para.length, src: startAt(), length: text.length, entity: isEntity(text) });
            }
            para += text;
            return;
        }
        if (!o.cell)
            return;
        if (sup > 0) {
            supText += text;
            return;
        }
        addText(o.cell, text, startAt(), isEntity(text));
    }
    const parser = new htmlparser2_1.Parser({
        onopentag(name, attribs) {
            if (!priming)
                openTag(name, attribs);
            elements.push(name);
            if (elements.length > MAX_DEPTH)
                throw new TooDeep();
        },
        onclosetag(name) {
            const k = elements.lastIndexOf(name);
            if (k >= 0)
                elements.length = k;
            if (!priming)
                closeTag(name);
        },
        ontext(text) {
            if (!priming)
                readText(text);
        },
    }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true });
    if (priming) {
        parser.write(outer.map((name) => `<${name}>`).join(''));
        priming = false;
    }
    let cut = false;
    try {
        parser.write(html);
    }
    catch (error) {
        if (!(error instanceof TooDeep))
            throw error;
        cut = true;
    }
    // Read before the parser's end closes what is left open.
    const hiddenAtEnd = hiddenDepth();
    ended = true;
    if (!cut)
        parser.end();
    // Tables left open at the end of the document (a missing `</TABLE>`) end there.
    while (open.length > 0) {
        const o = open.pop();
        endRow(o);
        o.table.end = html.length - 1;
        tables.push(o.table);
    }
    tables.sort((a, b) => a.start - b.start);
    return { tables, prose, hiddenAtEnd };
}
function addText(cell, text, src, entity) {
    // Very long text is not a figure and not a label worth reading whole: it is cut (a 5 MB cell).
    if (cell.text.length > MAX_CELL_TEXT)
        return;
    cell.pieces.push({ at: cell.text.length, src, length: text.length, entity });
    cell.text += text;
}
const MAX_CELL_TEXT = 4000;
/** The piece holding character `i` of a text made of pieces: the last one starting at or before it. */
function pieceAt(pieces, i) {
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (pieces[mid].at <= i)
            lo = mid;
        else
            hi = mid - 1;
    }
    return pieces[lo];
}
/** The source offset of character `i` of a cell's text. */
function sourceOffset(cell, i) {
    const p = pieceAt(cell.pieces, i);
    if (!p)
        return cell.start;
    return p.entity ? p.src : p.src + Math.min(i - p.at, p.length);
}
/** The source offset just past character `i` of a cell's text (the end of its entity, for one). */
function sourceEnd(cell, i, html) {
    const start = sourceOffset(cell, i);
    if (html.charCodeAt(start) !== 38)
        return start + 1;
    const semi = html.indexOf(';', start);
    return semi > start && semi - start <= 10 ? semi + 1 : start + 1;
}
//# sourceMappingURL=scan.js.map