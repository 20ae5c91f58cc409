"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.scanStates = exports.pageLineage = exports.PagesByStart = exports.charsMoved = void 0;
exports.createParseCache = createParseCache;
exports.shiftTable = shiftTable;
exports.shiftTableChars = shiftTableChars;
exports.planReuse = planReuse;
exports.rememberParse = rememberParse;
exports.scannedThrough = scannedThrough;
exports.keptTable = keptTable;
exports.keptHtml = keptHtml;
exports.rereadHtml = rereadHtml;
const lines_1 = require("./lines");
const regions_1 = require("./regions");
const change_1 = require("./change");
const header_1 = require("./header");
const html_1 = require("./html");
const sorted_1 = require("../sorted");
function createParseCache() {
    return { pages: [] };
}
function someLine(lines, from, to, test) {
    for (let i = from; i < to; i++)
        if (test(lines[i]))
            return true;
    return false;
}
/**
 * Widens a change over the lines whose region flags differ from before (a `<TABLE>` tag typed
 * above them, a `<TEXT>` that now holds HTML): their pages are parsed again and their kinds redone.
 */
function widenToFlags(change, before, now) {
    let first = change.from;
    let last = change.newTo - 1;
    for (let i = 0; i < change.from; i++) {
        if (before[i] !== now[i]) {
            first = i;
            break;
        }
    }
    for (let i = now.length - 1; i >= change.newTo; i--) {
        if (before[i - change.delta] !== now[i]) {
            last = i;
            break;
        }
    }
    change.from = Math.min(change.from, first);
    change.newTo = Math.max(change.newTo, last + 1);
    change.oldTo = change.newTo - change.delta;
}
/** `old` made equal to `lines`, in place: the lines of the change replaced by the new ones. */
function patched(old, lines, change) {
    const out = change.delta === 0 ? old : spliceChange(old, change);
    for (let i = change.from; i < change.newTo; i++)
        out[i] = lines[i];
    return out;
}
/** Replaces [from, oldTo) of `items`, in place, by `newTo - from` empty slots. */
function spliceChange(items, change) {
    const added = change.newTo - change.from;
    if (added > 10_000) {
        // Spreading a long run of slots into splice's arguments would overflow the stack.
        const out = new Array(items.length + change.delta);
        for (let i = 0; i < change.from; i++)
            out[i] = items[i];
        for (let i = change.oldTo; i < items.length; i++)
            out[i + change.delta] = items[i];
        return out;
    }
    items.splice(change.from, change.oldTo - change.from, ...new Array(added));
    return items;
}
/**
 * Moves a table parsed on an unchanged page below an edit that added or removed lines. Tables are
 * moved in place, so what was computed from them (facts, summaries, misalignments) stays with them.
 */
function shiftTable(table, delta) {
    // A page's tables own their rows, cells, rules, notes and line lists (joined tables are made
    // afresh each parse, and a model is read only for its own version), so all move in place.
    if (table.titleLine >= 0)
        table.titleLine += delta;
    const headerLines = table.headerLines;
    for (let k = 0; k < headerLines.length; k++)
        headerLines[k] += delta;
    for (const row of table.rows) {
        row.line += delta;
        const lines = row.lines;
        for (let k = 0; k < lines.length; k++)
            lines[k] += delta;
        const cells = row.cells;
        for (let k = 0; k < cells.length; k++) {
            const cell = cells[k];
            if (cell)
                cell.span.line += delta;
        }
        const unread = row.unread;
        for (let k = 0; k < unread.length; k++)
            unread[k].span.line += delta;
    }
    for (const rule of table.rules)
        rule.line += delta;
    for (const note of table.footnotes) {
        note.startLine += delta;
        note.endLine += delta;
    }
    if (table.scale)
        table.scale.line += delta;
    table.startLine += delta;
    table.endLine += delta;
    table.bodyStartLine += delta;
    table.bodyEndLine += delta;
}
/**
 * Moves the figures of an HTML table on line `line` by `by` characters: the table is kept below an
 * edit earlier on that line (a Workiva document is a few lines of a megabyte). What was worked out
 * from the table moves with its cells; the reports kept with it are made again (`charsMoved`).
 */
function shiftTableChars(table, line, by) {
    const move = (span) => {
        if (span.line !== line)
            return;
        span.start += by;
        span.end += by;
    };
    for (const row of table.rows) {
        for (const cell of row.cells)
            if (cell)
                move(cell.span);
        for (const cell of row.unread)
            move(cell.span);
    }
    exports.charsMoved.tables.add(table);
    exports.charsMoved.any = true;
}
/**
 * Tables whose figures moved along their line since their reports were made (checks/perTable.ts),
 * and whether any was added since the runner last looked: most analyses have none, and the runner
 * then asks no table.
 */
exports.charsMoved = { tables: new WeakSet(), any: false };
/**
 * `changed`, when the caller knows it (the server's document store does), is what changed since the
 * parse that filled `cache`; without it the two versions are compared line by line.
 */
function planReuse(lines, cache, changed) {
    const old = cache?.lines;
    // What changed since the last parse, and whether it touched a page break or a region marker.
    const change = !old
        ? undefined
        : changed && old.length + changed.delta === lines.length
            ? { ...changed }
            : (0, change_1.diffLines)(old, lines);
    const touches = (change, test, margin = 0) => someLine(old, Math.max(0, change.from - margin), Math.min(old.length, change.oldTo + margin), test) ||
        someLine(lines, Math.max(0, change.from - margin), Math.min(lines.length, change.newTo + margin), test);
    // A marker on line 0 is not in `starts` (the first page starts there anyway): an edit at the top redoes them.
    const pagesMoved = !change ||
        touches(change, lines_1.isPageMarker) ||
        (change.from === 0 && ((0, lines_1.isPageMarker)(old[0] ?? '') || (0, lines_1.isPageMarker)(lines[0] ?? '')));
    // Whether a `<TEXT>` holds HTML depends on its first non-blank line, which need not be a marker.
    // A marker right beside the change counts too: lines put between it and the top of the document
    // (or the end of the region before) make a region where there was none, which has no boundary
    // that moving regions could see.
    const markersTouched = !change ||
        touches(change, regions_1.isRegionMarker, 1) ||
        (0, regions_1.belowTextOpen)(lines, change.from) ||
        (0, regions_1.prologChanged)(old, lines, change.from);
    let starts;
    if (!pagesMoved && cache?.starts) {
        // The first page always starts at line 0, whether or not that line is a marker.
        starts = [0];
        for (let k = 1; k < cache.starts.length; k++) {
            const s = cache.starts[k] >= change.oldTo ? cache.starts[k] + change.delta : cache.starts[k];
            if (s > 0)
                starts.push(s);
        }
    }
    else {
        starts = [0];
        for (let i = 1; i < lines.length; i++)
            if ((0, lines_1.isPageMarker)(lines[i]))
                starts.push(i);
    }
    // Regions (HTML documents, encoded binaries, `<TABLE>` tags) change only when a line that opens
    // or closes one does; lines added or removed move them, so they are found again then (one pass
    // over line starts). Lines whose flags changed count as changed lines.
    const keepRegions = !markersTouched && change?.delta === 0 && cache?.regions && cache.flags;
    const moved = !keepRegions && !markersTouched && change && cache?.regions ? (0, regions_1.moveRegions)(cache.regions, change) : null;
    const movedHtml = moved && cache?.html ? (0, regions_1.moveHtmlRegions)(cache.html, change) : null;
    let html;
    let regions;
    if (keepRegions && cache.html) {
        regions = cache.regions;
        html = cache.html;
    }
    else if (moved && movedHtml) {
        regions = moved;
        html = movedHtml;
    }
    else {
        html = [];
        regions = (0, regions_1.textRegions)(lines, html);
    }
    const flags = keepRegions && cache.html ? cache.flags : (0, regions_1.lineFlags)(lines.length, regions);
    // Moved regions keep every boundary outside the change (moveRegions gives up otherwise), so the
    // flags outside it are the old ones, moved: only regions found again can change flags elsewhere.
    if (change && !(keepRegions && cache.html) && !(moved && movedHtml) && cache?.flags) {
        widenToFlags(change, cache.flags, flags);
    }
    // A page is reused when none of its lines changed (nor the line after it, which the parse looks
    // at): it lies wholly above the change, or wholly below it (then its tables move by delta).
    const previous = new PagesByStart(change ? cache.pages : []);
    const reusable = (from, to) => {
        if (!change)
            return undefined;
        // The page reads the line after it, and a scale note up to SCALE_REACH lines before it.
        const lookahead = Math.min(to + 1, lines.length);
        const oldFrom = lookahead <= change.from ? from : from - header_1.SCALE_REACH >= change.newTo ? from - change.delta : -1;
        const known = oldFrom >= 0 ? previous.get(oldFrom) : undefined;
        return known && known.to - known.from === to - from ? known : undefined;
    };
    // Views (tabs expanded, leaders blanked) and line kinds are made only for the lines that need
    // them, and kept from one parse to the next for lines that did not change.
    const keepInfos = change && cache?.infos?.length === old.length && cache.views?.length === old.length;
    let infos;
    let viewCache;
    if (!keepInfos) {
        infos = new Array(lines.length);
        viewCache = lines_1.KeptViews.of(lines.length);
    }
    else if (change.delta !== 0) {
        infos = spliceChange(cache.infos, change);
        viewCache = cache.views.spliced(change.from, change.oldTo, change.newTo);
    }
    else {
        infos = cache.infos;
        viewCache = cache.views;
        for (let i = change.from; i < change.newTo; i++)
            infos[i] = undefined;
        viewCache.clear(change.from, change.newTo);
    }
    // A line's kind and view depend on its text and flags alone, so a page parsed again keeps those
    // of its unchanged lines: only its tables are built again (a long page without <PAGE> markers
    // then costs an edit its table building, not the classification of all its lines).
    const known = new Array(starts.length);
    for (let k = 0; k < starts.length; k++) {
        known[k] = reusable(starts[k], k + 1 < starts.length ? starts[k + 1] : lines.length);
    }
    return { change, starts, regions, html, flags, infos, views: viewCache, known, previous };
}
/**
 * A parse's pages by the first line they had then (a page reused moves in place), found by halving:
 * they are in the document's order. (A map made of them cost a keystroke in a filing of thousands of
 * pages an entry per page.)
 */
class PagesByStart {
    pages;
    froms;
    constructor(pages) {
        this.pages = pages;
        this.froms = pages.map((p) => p.from);
    }
    get(from) {
        const k = (0, sorted_1.countBelow)(this.froms, from);
        return this.froms[k] === from ? this.pages[k] : undefined;
    }
}
exports.PagesByStart = PagesByStart;
/**
 * What this parse leaves for the next one. The cache keeps its own copy of the lines (the caller's
 * array may be edited in place): the copy is patched where the lines changed rather than copied
 * whole on every edit.
 */
function rememberParse(cache, lines, plan, pages, htmlTables, lineaged) {
    const { change, starts, regions, html, flags, infos, views } = plan;
    Object.assign(cache, {
        lineaged,
        pages,
        html,
        htmlTables,
        lines: change ? patched(cache.lines, lines, change) : lines.slice(),
        starts,
        regions,
        flags,
        infos,
        views,
    });
}
exports.pageLineage = new WeakMap();
exports.scanStates = new WeakMap();
/**
 * The last line the scan of a page had read once it built `table`, in the parse that built it; -1
 * for a table put together from two (see joinContinuedTables). A parse of the document's first
 * lines builds the same tables as a parse of the whole document as far as this is above the cut.
 */
function scannedThrough(table) {
    const state = exports.scanStates.get(table);
    return state ? table.startLine + state.scanned : -1;
}
/**
 * Whether a table of the last parse is the one this parse would build with its scan at `at` above
 * `floor`: it was built from the same state, and it read no changed line. A table reads no line
 * above SCALE_REACH lines over its floor, and none below its recorded reach. Returns how far
 * it moved (0 above the change), or null.
 */
function keptShift(table, state, change, at, floor) {
    const base = table.startLine;
    if (base + state.reach < change.from)
        return base + state.at === at && base + state.floor === floor ? 0 : null;
    if (base + state.floor - header_1.SCALE_REACH < change.oldTo)
        return null;
    return base + state.at + change.delta === at && base + state.floor + change.delta === floor ? change.delta : null;
}
/**
 * The table of the page before (from index `from` on) that the scan at `at` above `floor` would
 * build again, with its scan state and how far it moved; and where to look next.
 */
function keptTable({ before, change }, from, at, floor) {
    let k = from;
    for (; k < before.tables.length; k++) {
        const table = before.tables[k];
        const state = exports.scanStates.get(table);
        if (!state)
            continue;
        // Old tables the scan has gone past are not built again; they are passed over.
        const start = table.startLine + state.at;
        const moved = start >= change.oldTo ? start + change.delta : start;
        if (moved < at)
            continue;
        if (moved > at)
            break;
        const shift = keptShift(table, state, change, at, floor);
        return { keep: shift === null ? undefined : { table, state, shift }, next: k + 1 };
    }
    return { next: k };
}
/**
 * The tables of an HTML document as read by the last parse, when no line of it changed: it lies
 * wholly above the change, or wholly below it (its tables move by the change's delta). Null when
 * it must be read again.
 */
function keptHtml(cache, change, region) {
    if (!change || !cache?.htmlTables)
        return null;
    const above = region.end < change.from;
    const below = region.start >= change.newTo;
    if (!above && !below)
        return null;
    const delta = above ? 0 : change.delta;
    const read = cache.htmlTables.find((r) => r.start === region.start - delta && r.end === region.end - delta);
    if (!read)
        return null;
    if (delta !== 0)
        for (const t of read.doc.tables)
            shiftTable(t, delta);
    return read.doc;
}
/**
 * The tables of an HTML document with a change inside it, read again only around the change
 * (html/document.ts); null when the last parse left no read of it or the change reaches its ends.
 */
function rereadHtml(lines, cache, change, region, page) {
    if (!change || !cache?.htmlTables || !cache.lines)
        return null;
    if (change.from < region.start || change.newTo > region.end)
        return null;
    const read = cache.htmlTables.find((r) => r.start === region.start && r.end === region.end - change.delta);
    if (!read)
        return null;
    const edges = edgesOf(cache.lines, lines, change);
    // The document's first line says that it is HTML, up to its `<html>` tag; a change after the tag
    // on that line (a Workiva document's line of a megabyte) leaves that as it was.
    if (change.from === region.start) {
        const opened = HTML_TAG.exec(cache.lines[region.start]);
        if (!opened || edges.unchanged < opened.index + opened[0].length)
            return null;
    }
    return (0, html_1.rereadHtmlDocument)(lines, region.start, region.end + 1, page, read.doc, change, edges, {
        lines: shiftTable,
        chars: shiftTableChars,
    });
}
/** The tag that opens an HTML document. */
const HTML_TAG = /<html\b[^<>]*>/i;
/**
 * Where a change begins and ends inside its lines: the characters its first line keeps at its start,
 * and, for the text after it on its last line, where that text stood and how far it moved. A change
 * of whole lines (lines added or removed between others) begins and ends at a line's start.
 */
function edgesOf(old, lines, change) {
    if (change.oldTo === change.from || change.newTo === change.from) {
        return { unchanged: 0, endLine: change.oldTo, endChar: 0, by: 0 };
    }
    const a0 = old[change.from];
    const b0 = lines[change.from];
    const unchanged = sharedLength(Math.min(a0.length, b0.length), (k, n) => a0.slice(k, k + n) === b0.slice(k, k + n));
    const a = old[change.oldTo - 1];
    const b = lines[change.newTo - 1];
    // The text kept at the end of the last line, not reaching into what the first line kept.
    let max = Math.min(a.length, b.length);
    if (change.oldTo - 1 === change.from)
        max = Math.min(max, a.length - unchanged);
    if (change.newTo - 1 === change.from)
        max = Math.min(max, b.length - unchanged);
    const tail = sharedLength(max, (k, n) => a.slice(a.length - k - n, a.length - k) === b.slice(b.length - k - n, b.length - k));
    return { unchanged, endLine: change.oldTo - 1, endChar: a.length - tail, by: b.length - a.length };
}
/**
 * How many characters two lines share (at their start, or their end, as `same` compares them), up
 * to `max`: compared a block at a time, since a Workiva line is a megabyte and a keystroke's line
 * is a string of pieces that a character-by-character walk reads slowly.
 */
function sharedLength(max, same) {
    let k = 0;
    for (let n = 4096; n >= 1; n >>= 4)
        while (k + n <= max && same(k, n))
            k += n;
    return k;
}
//# sourceMappingURL=reuse.js.map