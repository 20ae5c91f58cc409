/**
 * The HTML reader: the tables of an HTML document (the `<TEXT>` of a submission's document, or a
 * whole `.htm` file) as the model's tables, the same `Table` the fixed-width reader makes. Stages:
 * scan.ts (one pass of the tokenizer), grid.ts (cells and figures), header.ts, rows.ts,
 * footnotes.ts, and table.ts, the recipe for one table; document.ts reads a document whole, or
 * around an edit inside it.
 */
export {
  readHtmlDocument,
  rereadHtmlDocument,
  settledTables,
  type ChangeEdges,
  type HtmlDocument,
  type TopTable,
} from './document';
