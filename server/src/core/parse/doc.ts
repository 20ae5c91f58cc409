/** The parse's access to a document's lines, their kinds and their views. */
import { tokenize, viewLine, type Chunk, type LineInfo, type LineView } from './lines';

/**
 * The parse's access to the document's lines. A class rather than an object of arrows made per
 * parse, since its methods run on every line with a digit in it (docs/performance.md, "Closures and
 * optimised code").
 */
export class LineAccess {
  /** Text lines cut into cells when a table's header asks for them. */
  private readonly textChunks = new Map<number, Chunk[]>();

  constructor(
    readonly lines: string[],
    readonly infos: LineInfo[],
    /** Each line's view, made when first asked for. */
    private readonly views: (LineView | undefined)[],
    /** Per line, what the regions say of it (see parse/regions.ts: SKIPPED_LINE, TABLE_TAG_LINE). */
    readonly flags: Uint8Array,
  ) {}

  view(line: number): LineView {
    return this.views[line] ?? (this.views[line] = viewLine(this.lines[line]));
  }

  /** A line's cells: numeric lines carry theirs; others are cut on demand (header words). */
  chunksOf(line: number): Chunk[] {
    const info = this.infos[line];
    if (info.chunks.length > 0 || info.kind === 'numeric') return info.chunks;
    let chunks = this.textChunks.get(line);
    if (!chunks) this.textChunks.set(line, (chunks = tokenize(this.view(line).text)));
    return chunks;
  }
}
