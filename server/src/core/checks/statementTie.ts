/**
 * FL304 statement-tie: a figure two statements both state differs: net income in the cash-flow
 * statement against the statement of income, cash at the end of the year against the balance sheet,
 * year by year, and a financial data schedule's (EX-27) total assets and net income against the
 * statements it summarises (facts/statements.ts). The figures are found by the statements' titles, the years
 * their column headers name and the rows' labels, in the same unit; a difference is an error where one
 * slip in the figure explains it, a warning otherwise (one of the two statements may be restated).
 */
import { format, sub } from '../decimal';
import { slipBetween, SLIP_WORDS } from '../facts/slips';
import { scheduleTies, statementTies } from '../facts/statements';
import type { ModelCheck, Report } from './check';

export const statementTie: ModelCheck = {
  code: 'FL304',
  name: 'statement-tie',
  description:
    "Two statements state one figure differently: the cash-flow statement's net income or year-end cash against the income statement's or the balance sheet's.",
  defaultSeverity: 'error',
  scope: 'document',
  run(ctx) {
    const out: Report[] = [];
    for (const tie of statementTies(ctx.model.tables)) {
      const mine = tie.cell.value!;
      const theirs = tie.other.value!;
      if (sub(mine, theirs).units === 0n) continue;
      const slip = slipBetween(mine, theirs);
      // As written, `$` and all, with the spaces that set the `$` apart closed up.
      const printed = tie.cell.text.trim().replace(/\$\s+/, '$');
      const other = tie.other.text.trim().replace(/\$\s+/, '$');
      out.push({
        span: tie.cell.span,
        table: tie.table.index,
        tentative: slip ? undefined : true,
        message:
          `${tie.item} for ${tie.year} is ${printed} here but ${other} in ${tie.otherTable.title.trim()}` +
          (slip ? `: ${printed} reads like ${SLIP_WORDS[slip]} for ${other.replace(/^\$/, '')}` : ''),
        related: [
          { span: tie.other.span, message: `${tie.otherTable.title.trim()}: ${tie.item} ${tie.year} ${other}` },
        ],
      });
    }
    const { lines } = ctx.model;
    for (const tie of scheduleTies(ctx.model)) {
      if (tie.agrees !== false) continue;
      const written = lines[tie.tag.line].slice(tie.figure.start, tie.figure.end);
      const stated = tie.cell.text.trim().replace(/\$\s+/, '$');
      const kind = slipBetween(tie.figure.value!, tie.expected!);
      out.push({
        span: { line: tie.tag.line, start: tie.figure.start, end: tie.figure.end },
        message:
          `<${tie.tag.name}> ${written} in this financial data schedule, but ${tie.table.title.trim()} states ` +
          `${tie.item} of ${stated} for ${tie.year}: ${written} reads like ${SLIP_WORDS[kind!]} for ${format(tie.expected!)}`,
        related: [{ span: tie.cell.span, message: `${tie.table.title.trim()}: ${tie.item} ${tie.year} ${stated}` }],
      });
    }
    return out;
  },
};
