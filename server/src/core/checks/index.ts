/** The registry: every check, in the order findings are reported. Add a check by adding a line. */
import type { Check } from './check';
import { footing } from './footing';
import { rowPercentage } from './rowPercentage';
import { percentTotal } from './percentTotal';

export const CHECKS: readonly Check[] = [footing, rowPercentage, percentTotal];

export type { Check, CheckContext, Report } from './check';
