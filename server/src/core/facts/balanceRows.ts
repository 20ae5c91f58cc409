import { signedBothWays } from '../parse/body';

/**
 * What a row's label says of it as a balance: the start of a period, its end, a balance at a date, a
 * balance of another kind (exercisable, a weighted average), or none. Roll-forwards read their
 * blocks by it; a statement's totals (readings.ts) stop at a balance above them.
 */

/** What a balance row says of itself: the start of a period, its end, or a balance at a date (both). */
export type BalanceRole = 'open' | 'close' | 'point';

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** A date in a label: `December 31, 1995`, `Dec. 31`, `June 30 1996`. */
const DATE = new RegExp(`\\b${MONTH} \\d{1,2}\\b`, 'i');
/**
 * A row labelled by a date alone, the year with it (`March 31, 1997`, `December 28, 1997`, `Balances,
 * June 30, 1996 (Unaudited)`): how equity statements name their balances. Without the year it is as
 * likely a quarter's row. Read on the label as written (its spaces any), before anything else: most
 * labels fail it on their first character.
 */
const DATE_ALONE = new RegExp(
  `^\\s*(?:balances?,?\\s+)?${MONTH}\\s+\\d{1,2},?\\s+(?:19|20)\\d\\d(?:\\s+\\(unaudited\\))?:?\\s*$`,
  'i',
);
/**
 * A movement that names the balance it moves and a date (`Changes in stockholders' equity of NexGen
 * in the six months ended June 30, 1995`): not a balance, where it names no period's edge.
 */
const CHANGE_IN = /^(?:net )?(?:changes?|increases?|decreases?)\b/i;
/** A balance at a date without a balance word: `Projected benefit obligation at January 1`. */
const AT_DATE = new RegExp(`\\bat ${MONTH} \\d{1,2}\\b`, 'i');
/** The start or end of a period: `at beginning of year`, `end of period`, `beginning balance`, `Balance, end of year`. */
const PERIOD_EDGE =
  /\b(?:beginning|begin|start|end|close|opening|closing) of (?:the )?(?:fiscal )?(?:year|period|month|quarter)\b/i;
const EDGE_BALANCE = /\b(?:beginning|opening|starting|ending|closing) (?:pool )?(?:balances?|amount|principal)\b/i;
/** The first balance of a company or plan, with a balance word: `Outstanding at inception`. */
const INCEPTION = /\binception\b/i;
/** Words of a balance held at a date. */
const BALANCE_WORD = /\b(?:balances?|outstanding|equity|allowance|reserves?)\b/i;
const OPEN_WORD = /\b(?:beginning|begin|start|starting|opening|inception)\b/i;
const CLOSE_WORD = /\b(?:end|ending|close|closing)\b/i;
/**
 * A balance of another kind printed beside a roll-forward (`Exercisable at end of year`, `Available
 * for grant`, a weighted average): not a movement, and not the balance rolled.
 */
const PLAN_ASSETS = /\bplan assets\b/i;
const INFO_WORD =
  /\b(?:exercisable|vested|available|reserved|weighted|average|price|per share|fair value|rate|ratio|percent(?:age)?)\b|%/i;

/** A label's words with single spaces between them, as the patterns here are written. */
export function labelWords(label: string): string {
  return SPACED.test(label) ? label.replace(/\s+/g, ' ').trim() : label.trim();
}
const SPACED = /\s\s|[^\S ]/;

/** The dates of the columns, in turn. */
const RESPECTIVELY = /\brespectively\b/i;

/** An index of the statements or of the exhibits: it names dates, and holds no balance. */
const STATEMENT = /\bstatements?\b|\bbalance sheets?\b|\bdated\b/i;

/**
 * Words one of which every balance row's label holds: most rows of most tables have none, and are
 * passed over on one test.
 */
const BALANCE_HINT =
  /\b(?:beginning|begin|start|starting|end|ending|close|closing|opening|inception|balances?|outstanding|equity|allowance|reserves?|at)\b/i;

/**
 * Whether a label names a balance held (`Total stockholders' equity`, `Total allowance`), dated or
 * not: a total of such names sums balances, not a period's movements.
 */
export function namesBalance(label: string): boolean {
  return BALANCE_WORD.test(labelWords(label));
}

/** What a row's label says it is: a balance (and which end of the period), another kind of balance, or neither. */
export function balanceRole(written: string): BalanceRole | 'info' | null {
  if (DATE_ALONE.test(written)) return 'point';
  if (!BALANCE_HINT.test(written)) return null;
  const label = labelWords(written);
  // An index of the statements (`Consolidated balance sheets at July 31, 1999 ... 28`) or of the
  // exhibits (`Agreement dated as of September 30, 1991`) names dates, and holds no balance.
  if (STATEMENT.test(label)) return null;
  // A balance sheet's caption that dates each column (`174,209,038 and 145,565,916 shares issued and
  // outstanding at June 30, 2023 and December 31, 2022, respectively`) describes its line, and is
  // not a balance at one date.
  if (RESPECTIVELY.test(label)) return null;
  const edge =
    PERIOD_EDGE.test(label) || EDGE_BALANCE.test(label) || (INCEPTION.test(label) && BALANCE_WORD.test(label));
  const dated = (BALANCE_WORD.test(label) && DATE.test(label)) || AT_DATE.test(label);
  if (!edge && !dated) return null;
  // A movement that names its balance and a date is none, unless it names a period's edge too
  // (`Change in Benefit Obligation  Benefit obligation at beginning of year`: a heading run into its
  // row's label).
  if (!edge && CHANGE_IN.test(label)) return null;
  // A pension plan's assets are rolled forward at fair value (`Fair value of plan assets at January 1`):
  // the balance itself, not a fair value printed beside one.
  if (INFO_WORD.test(label) && !PLAN_ASSETS.test(label)) return 'info';
  const open = OPEN_WORD.test(label);
  const close = CLOSE_WORD.test(label);
  if (open && !close) return 'open';
  if (close && !open) return 'close';
  return 'point';
}

/**
 * Movements that decrease a balance though printed without parentheses: options exercised or
 * cancelled, loans charged off, principal collected. Anywhere in the label.
 */
const DECREASE_WORD =
  /\b(?:exercised|cancell?ed|cancell?ations?|forfeit(?:ed|ures?)|expired|expirations?|terminated|surrendered|repurchased|redeemed|charge[- ]?offs?|charged[- ]?off|written[- ]?off|write[- ]?offs?|deductions?|collected|collections|payments?|prepayments?|repayments?|liquidations?|withdrawals?|realized losses)\b/i;
/** The same, at the start of a label: `Less`, `Losses`, `Dividends`, `Principal`. */
const DECREASE_START = /^(?:less|deduct|minus|losses|principal|dividends?|distributions?|amortization|sales)\b/i;
/** Labels naming an increase that mention a decrease: `Recoveries of loans charged off`, the tax benefit of options exercised. */
const INCREASE_WORD = /\b(?:recover(?:y|ies|ed)|benefits?|proceeds|tax|issued|additions?)\b/i;

/** Whether a movement's label says it decreases the balance, though printed as an amount to add. */
export function decreases(written: string): boolean {
  const label = labelWords(written);
  return (
    (DECREASE_WORD.test(label) || DECREASE_START.test(label)) && !INCREASE_WORD.test(label) && !signedBothWays(label)
  );
}
