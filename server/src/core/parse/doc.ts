/** The parse's access to a document's lines, their kinds and their views. */
import {
  isPlain,
  plainView,
  tokenize,
  viewLine,
  type Chunk,
  type KeptViews,
  type LineInfo,
  type LineView,
} from './lines';

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
    private readonly views: KeptViews,
    /** Per line, what the regions say of it (see parse/regions.ts: SKIPPED_LINE, TABLE_TAG_LINE). */
    readonly flags: Uint8Array,
  ) {}

  view(line: number): LineView {
    const kept = this.views.get(line);
    if (kept) return kept;
    const text = this.lines[line];
    if (kept === null) return plainView(text);
    const view = viewLine(text);
    this.views.set(line, isPlain(view, text) ? null : view);
    return view;
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
