/** The registry: every check, in the order findings are reported. Add a check by adding a line. */
import type { Check } from './check';
import { footing } from './footing';
import { crossFoot } from './crossFoot';
import { crossFootAcrossPages } from './crossFootAcrossPages';
import { weightedAverage } from './weightedAverage';
import { percentChange } from './percentChange';
import { rowPercentage } from './rowPercentage';
import { percentTotal } from './percentTotal';
import { rollForward } from './rollForward';
import { alignment } from './alignment';
import { malformedFigure } from './malformedFigure';
import { crossTable } from './crossTable';
import { statedFigures } from './statedFigures';
import { dataScheduleBalance } from './dataSchedule';
import { statementTie } from './statementTie';
import { repeatedFigure } from './repeatedFigure';
import { balanceSheet } from './balanceSheet';
import { holdingsSummaryCheck } from './holdingsSummary';
import { holdingsEntry } from './holdingsEntry';
import { statutoryTax } from './statutoryTax';
import { poolSummary } from './poolSummary';
import { quarterlyTotal } from './quarterlyTotal';
import { optionPriceTie } from './optionPriceTie';
import { proseFigure } from './proseFigure';
import { proseChange } from './proseChange';
import { revenueShare } from './revenueShare';
import { lineLength } from './lineLength';
import { characterSet } from './characterSet';

export const CHECKS: readonly Check[] = [
  footing,
  rowPercentage,
  percentTotal,
  crossFoot,
  crossFootAcrossPages,
  rollForward,
  weightedAverage,
  percentChange,
  alignment,
  malformedFigure,
  crossTable,
  statedFigures,
  dataScheduleBalance,
  statementTie,
  repeatedFigure,
  balanceSheet,
  holdingsSummaryCheck,
  holdingsEntry,
  statutoryTax,
  poolSummary,
  quarterlyTotal,
  optionPriceTie,
  proseFigure,
  proseChange,
  revenueShare,
  lineLength,
  characterSet,
];

export type { Check, CheckContext, Report } from './check';
