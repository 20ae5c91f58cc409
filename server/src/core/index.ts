/** The core's public face: everything the server, the client's commands and the CLI use. */
export * from './model';
export * from './findings';
export * from './decimal';
export { parseFiling, parseLines, createParseCache, type ParseCache } from './parse';
export { followedBy, type LineChange } from './parse/change';
export { expandTabs, splitLines, PAGE_RE } from './parse/lines';
export { analyze, analyzeLines, lintModel, severityOf, type Analysis, type AnalyzeOptions } from './analyze';
export { CHECKS, type Check } from './checks';
export { firstLook, FIRST_LOOK_CHARS, type FirstLook } from './firstLook';
export { factsOf, type TableFacts, type Footing, type Share } from './facts';
export { summarizeTable, formatSummary, tieOut, type TableSummary } from './summaries';
export { applyEdits, compatibleFixes, replaceKeepingRightEdge } from './fixes/replace';
export { tableHoverMarkdown, numberHoverMarkdown, summaryMarkdown, cellAt, bar } from './summaries/markdown';
export {
  tableSymbols,
  foldingRanges,
  codeLenses,
  lensTitle,
  type TableSymbol,
  type Fold,
  type Lens,
} from './service/navigation';
export { tableToDelimited, tableToJson, type TableJson } from './service/export';
export { rebalances, type Rebalance } from './fixes/rebalance';
export { misalignments } from './facts/alignment';
export { moveEdit } from './fixes/move';
export { realign } from './service/format';
export { applySuppressions } from './service/suppress';
export { parseSidecar, addToSidecar, sidecarPath, type Suppression } from '../../../common/sidecar';
