"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LineAccess = void 0;
/** The parse's access to a document's lines, their kinds and their views. */
const lines_1 = require("./lines");
/**
 * The parse's access to the document's lines. A class rather than an object of arrows made per
 * parse, since its methods run on every line with a digit in it (docs/performance.md, "Closures and
 * optimised code").
 */
class LineAccess {
    lines;
    infos;
    views;
    flags;
    /** Text lines cut into cells when a table's header asks for them. */
    textChunks = new Map();
    constructor(lines, infos, 
    /** Each line's view, made when first asked for. */
    views, 
    /** Per line, what the regions say of it (see parse/regions.ts: SKIPPED_LINE, TABLE_TAG_LINE). */
    flags) {
        this.lines = lines;
        this.infos = infos;
        this.views = views;
        this.flags = flags;
    }
    view(line) {
        const kept = this.views.get(line);
        if (kept)
            return kept;
        const text = this.lines[line];
        if (kept === null)
            return (0, lines_1.plainView)(text);
        const view = (0, lines_1.viewLine)(text);
        this.views.set(line, (0, lines_1.isPlain)(view, text) ? null : view);
        return view;
    }
    /** A line's cells: numeric lines carry theirs; others are cut on demand (header words). */
    chunksOf(line) {
        const info = this.infos[line];
        if (info.chunks.length > 0 || info.kind === 'numeric')
            return info.chunks;
        let chunks = this.textChunks.get(line);
        if (!chunks)
            this.textChunks.set(line, (chunks = (0, lines_1.tokenize)(this.view(line).text)));
        return chunks;
    }
}
exports.LineAccess = LineAccess;
//# sourceMappingURL=doc.js.map