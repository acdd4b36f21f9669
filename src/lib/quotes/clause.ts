/**
 * Where a sentence's subject starts: after a conjunction (`But`), a sentence adverb (`even`)
 * and an introductory phrase set off by a comma (`On Monday,`, `When he left,`, `Speaking on
 * television,`, `Three days later,`), as English orders a clause before its subject.
 */

function words(list: string): ReadonlySet<string> {
	return new Set(list.split(/\s+/u).filter(Boolean));
}

/** Words that open an introductory phrase or clause, which a comma closes. */
const INTRODUCERS = words(`
	in on at after before despite during since until while when where whereas though although
	because as if for from with without over under amid following unlike like shortly earlier
	later meanwhile however still indeed then now instead nevertheless moreover besides again
	finally first last today yesterday tonight once by according asked`);
/** Words that may precede a subject without a comma: `But`, `even`, `also`. */
const LEADERS = words('and but or nor so yet even also only still then now later earlier again further separately meanwhile indeed');
/** Words that say when, opening a time phrase: `Three days later,`, `Last week,`. */
const TIME = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|several|next|every)$/iu;
const WEEKDAY_OR_MONTH =
	/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/iu;
/** Longest introductory phrase skipped, in characters. */
const MAX_INTRO = 200;
/** The end of an introductory phrase: a comma (maybe inside a closing quote mark: `“Morning Desk,”`), then a space. */
const INTRO_END = /,["”’]?\s+/u;

/**
 * The offset in `text` where the subject of the clause starting at `from` begins; at most three
 * introductory pieces are skipped, so the work is bounded by MAX_INTRO each.
 *
 * @example
 * subjectStart('On Monday, however, she left.', 0) // 20
 * subjectStart('But even Anna Kowalski left.', 0) // 9
 */
export function subjectStart(text: string, from: number): number {
	let at = skipSpaces(text, from);
	for (let step = 0; step < 6; step++) {
		const word = /^[\p{L}\p{N}][\p{L}\p{N}'’-]*/u.exec(text.slice(at, at + 40))?.[0] ?? '';
		const lower = word.toLowerCase();
		if (LEADERS.has(lower) && !/^,/u.test(text.slice(at + word.length))) {
			at = skipSpaces(text, at + word.length);
			continue;
		}
		if (!opensIntro(lower, text[at + word.length] ?? '')) break;
		const window = text.slice(at, at + MAX_INTRO);
		const end = INTRO_END.exec(window);
		if (!end) break;
		at = skipSpaces(text, at + end.index + end[0].length);
	}
	return at;
}

/** Whether a word opens a phrase that comes before the subject. */
function opensIntro(word: string, next: string): boolean {
	if (word === '') return false;
	if (INTRODUCERS.has(word) || TIME.test(word) || WEEKDAY_OR_MONTH.test(word)) return true;
	// A participle opens a participial phrase (`Speaking on television,`); a name ending the
	// same way is followed by its comma at once (`Manning, who …`).
	return /^\p{L}+(?:ing|ed)$/u.test(word) && word.length > 4 && next === ' ';
}

function skipSpaces(text: string, at: number): number {
	let index = at;
	while (index < text.length && /\s/u.test(text[index] ?? '')) index++;
	return index;
}
