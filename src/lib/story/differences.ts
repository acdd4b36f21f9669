/**
 * Where aligned wordings of one sentence disagree on a fact: a different number, date or name
 * in the same place. The wordings are aligned word by word (a Myers diff over word keys); a
 * place where one wording has words the other replaces is a substitution, and a substitution
 * whose two sides both hold a number, a date word or a capitalised name, and differ in it,
 * is a disagreement. Spellings of one name (`canonical`) and changes of spelling or spacing
 * (`al-Assad` / `al Assad`) are not.
 */
import { diffArrays } from 'diff';
import { isContentKey, tokenize, type Token } from '../text/tokens.ts';

/** What kind of fact two outlets give differently. */
export type DifferenceKind = 'number' | 'date' | 'name';

/** One outlet's reading at a place where wordings disagree. */
export interface Reading {
	text: string;
	articles: string[];
}

/** A place where the wordings of one sentence disagree. */
export interface Difference {
	kind: DifferenceKind;
	readings: Reading[];
}

/** A wording of the sentence and the articles that carry it. */
export interface Wording {
	text: string;
	articles: string[];
}

/** Sentences longer than this many words are not diffed: a Myers diff is quadratic at worst. */
const MAX_WORDS = 400;

const NUMBER_WORDS = new Map(
	'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
		.split(' ')
		.map((word, value) => [word, String(value)]),
);
const SCALE_WORDS = new Set([
	'thirty',
	'forty',
	'fifty',
	'sixty',
	'seventy',
	'eighty',
	'ninety',
	'hundred',
	'thousand',
	'million',
	'billion',
	'dozen',
]);
const DATE_WORDS = new Set(
	'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow'.split(
		' ',
	),
);

/**
 * The disagreements between the shown wording and the others, each reading with its articles.
 *
 * @example
 * findDifferences({ text: '400 people died on Monday.', articles: ['a'] }, [{ text: '500 people died on Monday.', articles: ['b'] }], (name) => name)
 * // [{ kind: 'number', readings: [{ text: '400', articles: ['a'] }, { text: '500', articles: ['b'] }] }]
 */
export function findDifferences(shown: Wording, others: readonly Wording[], canonical: (name: string) => string): Difference[] {
	const found = new Map<string, Difference>();
	const shownTokens = tokenize(shown.text);
	for (const other of others) {
		const otherTokens = tokenize(other.text);
		if (shownTokens.length > MAX_WORDS || otherTokens.length > MAX_WORDS) continue;
		for (const [left, right] of substitutions(shownTokens, otherTokens)) {
			const kind = disagreement(left, right, canonical);
			if (!kind) continue;
			const leftText = spanText(shown.text, left);
			const place = `${kind}:${leftText}`;
			const difference = found.get(place) ?? { kind, readings: [{ text: leftText, articles: [...shown.articles] }] };
			const rightText = spanText(other.text, right);
			const reading = difference.readings.find((candidate) => candidate.text === rightText);
			if (reading) reading.articles.push(...other.articles.filter((article) => !reading.articles.includes(article)));
			else difference.readings.push({ text: rightText, articles: [...other.articles] });
			found.set(place, difference);
		}
	}
	return [...found.values()];
}

/** Runs of the first wording replaced by runs of the second, in order. */
function substitutions(a: readonly Token[], b: readonly Token[]): [Token[], Token[]][] {
	const changes = diffArrays(
		a.map((token) => token.key),
		b.map((token) => token.key),
	);
	const pairs: [Token[], Token[]][] = [];
	let atA = 0;
	let atB = 0;
	for (let index = 0; index < changes.length; index++) {
		const change = changes[index]!;
		const count = change.value.length;
		if (!change.added && !change.removed) {
			atA += count;
			atB += count;
			continue;
		}
		const next = changes[index + 1];
		if (change.removed && next?.added) {
			pairs.push([a.slice(atA, atA + count), b.slice(atB, atB + next.value.length)]);
			atA += count;
			atB += next.value.length;
			index++;
		} else if (change.removed) atA += count;
		else atB += count;
	}
	return pairs;
}

function disagreement(left: readonly Token[], right: readonly Token[], canonical: (name: string) => string): DifferenceKind | null {
	if (letters(left) === letters(right)) return null;
	const numbersLeft = numbers(left);
	const numbersRight = numbers(right);
	if (numbersLeft.size > 0 && numbersRight.size > 0 && !sameSet(numbersLeft, numbersRight)) return 'number';
	const datesLeft = dates(left);
	const datesRight = dates(right);
	if (datesLeft.size > 0 && datesRight.size > 0 && !sameSet(datesLeft, datesRight)) return 'date';
	const namesLeft = names(left, canonical);
	const namesRight = names(right, canonical);
	if (namesLeft.size > 0 && namesRight.size > 0 && ![...namesLeft].some((name) => namesRight.has(name))) return 'name';
	return null;
}

/** The letters and digits of a run, folded: two runs equal here differ only in spelling marks. */
function letters(tokens: readonly Token[]): string {
	return tokens.map((token) => token.key.replace(/[^\p{L}\p{N}]/gu, '')).join('');
}

/** Numbers in a run, as digits: `two` and `2` are one number, `1,000` and `1000` too. */
function numbers(tokens: readonly Token[]): Set<string> {
	const values = new Set<string>();
	for (const token of tokens) {
		if (/^\d/.test(token.key)) values.add(token.key.replace(/,/g, ''));
		else if (NUMBER_WORDS.has(token.key)) values.add(NUMBER_WORDS.get(token.key) ?? token.key);
		else if (SCALE_WORDS.has(token.key)) values.add(token.key);
	}
	return values;
}

function dates(tokens: readonly Token[]): Set<string> {
	return new Set(tokens.filter((token) => DATE_WORDS.has(token.key.replace(/\.$/, ''))).map((token) => token.key));
}

/**
 * The names a run gives, each under its cluster's canonical spelling: only a run whose content
 * words are all capitalised counts (`Anna Kowalski`, not `the Polish minister`), so a role
 * standing for a name is not read as a different name.
 */
function names(tokens: readonly Token[], canonical: (name: string) => string): Set<string> {
	const content = tokens.filter((token) => isContentKey(token.key) && !DATE_WORDS.has(token.key));
	if (content.length === 0 || !content.every((token) => /^\p{Lu}/u.test(token.text))) return new Set();
	return new Set(content.map((token) => canonical(token.text).toLowerCase()));
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
	return a.size === b.size && [...a].every((value) => b.has(value));
}

function spanText(text: string, tokens: readonly Token[]): string {
	const first = tokens[0];
	const last = tokens.at(-1);
	return first && last ? text.slice(first.start, last.end) : '';
}
