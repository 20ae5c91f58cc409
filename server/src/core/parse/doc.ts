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

  /**
   * The same document with some of its lines read otherwise, each with its view and cells: a
   * table's rows typed with tabs at other stops than the parse's (parse/tabs.ts). The lines' own
   * kinds, views and cells, kept between edits, are left as they are.
   */
  reading(reread: ReadonlyMap<number, { info: LineInfo; view: LineView }>): LineAccess {
    // An array that falls back on the document's for every line not read again.
    const infos = Object.create(this.infos) as LineInfo[];
    for (const [line, r] of reread) infos[line] = r.info;
    return new RereadLines(this.lines, infos, this.views, this.flags, reread);
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

/** A document with some lines read otherwise (LineAccess.reading). */
class RereadLines extends LineAccess {
  constructor(
    lines: string[],
    infos: LineInfo[],
    views: KeptViews,
    flags: Uint8Array,
    private readonly reread: ReadonlyMap<number, { info: LineInfo; view: LineView }>,
  ) {
    super(lines, infos, views, flags);
  }

  override view(line: number): LineView {
    return this.reread.get(line)?.view ?? super.view(line);
  }
}
