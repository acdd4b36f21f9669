/**
 * Quote text -> a comparison key, so one quotation reads the same in every outlet
 * whatever its marks, dashes, case and trailing comma.
 */
import { QUOTE_MARKS } from '../text/quote-marks.ts';

/** One small text -> text transform; the steps run in order. */
type Step = (text: string) => string;

/** Quotation marks, apostrophes and primes as typed or typeset. */
const ALL_QUOTE_MARKS = new RegExp(`[${QUOTE_MARKS}\`´′″＂]`, 'gu');
/** Hyphen-like dashes (not the ASCII hyphen, which is already the target). */
const DASHES = /[‐‑‒–—―−]/gu;
/**
 * Punctuation and spaces at either end.
 *
 *     ' keep your heads down,'
 *     ^ leading             ^^ trailing
 *
 * The trailing run must start right after a character outside it: a bare `[\p{P}\s]+$` is
 * tried from every character of a long run and is quadratic in it (`a!!!…!!!b`).
 */
const EDGE_PUNCTUATION = /^[\p{P}\s]+|(?<![\p{P}\s])[\p{P}\s]+$/gu;

/** Full-width letters, ligatures and the ellipsis character become their plain forms. */
const toCompatibilityForm: Step = (text) => text.normalize('NFKC');
const toLowerCase: Step = (text) => text.toLowerCase();
const foldQuoteMarks: Step = (text) => text.replace(ALL_QUOTE_MARKS, "'");
const foldDashes: Step = (text) => text.replace(DASHES, '-');
const collapseWhitespace: Step = (text) => text.replace(/\s+/gu, ' ');
const trimEdgePunctuation: Step = (text) => text.replace(EDGE_PUNCTUATION, '');

/** Add a step here (e.g. British -> American spelling) to extend the key. */
const STEPS: readonly Step[] = [toCompatibilityForm, toLowerCase, foldQuoteMarks, foldDashes, collapseWhitespace, trimEdgePunctuation];

/**
 * Normalise a quotation for comparison: NFKC, lower case, quote marks and apostrophes
 * folded to `'`, dashes to `-`, whitespace collapsed, edge punctuation dropped.
 *
 * @example
 * normalizeQuote('Keep your heads down,') // 'keep your heads down'
 * normalizeQuote('Nowak’s  “small” step — soon.') // "nowak's 'small' step - soon"
 */
export function normalizeQuote(text: string): string {
	return STEPS.reduce((value, step) => step(value), text);
}
