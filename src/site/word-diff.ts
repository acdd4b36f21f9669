/**
 * A quote variant's aligned words turned into runs for rendering: words the other wording
 * shares stay plain, words that differ are grouped so a component can mark them.
 */
import type { AlignedWord } from '../lib/schema.ts';
import { tokenize } from '../lib/text/tokens.ts';

/** A run of words, with the space that follows it inside the text. */
export interface WordRun {
	text: string;
	differs: boolean;
}

/**
 * Group aligned words into runs. Joining every run's text gives the words separated by single
 * spaces; a space between a plain and a differing run belongs to the plain side, so marks
 * never start or end with a space.
 *
 * @example
 * toWordRuns([{ text: 'to', same: true }, { text: 'start', same: false }, { text: 'now', same: false }])
 * // [{ text: 'to ', differs: false }, { text: 'start now', differs: true }]
 */
export function toWordRuns(words: readonly AlignedWord[]): WordRun[] {
	const runs: WordRun[] = [];
	words.forEach((word, index) => {
		const last = runs.at(-1);
		const gap = index === 0 ? '' : ' ';
		if (last && last.differs === !word.same) last.text += gap + word.text;
		else if (last && last.differs) runs.push({ text: gap + word.text, differs: false });
		else {
			if (last) last.text += gap;
			runs.push({ text: word.text, differs: !word.same });
		}
	});
	return runs.filter((run) => run.text !== '');
}

/**
 * A wording's own text, punctuation and spacing kept, cut into runs where its aligned words
 * differ. `words` are the text's words in order, as `alignWords(text, …)` gives them; the gap
 * between two differing words joins their run, any other gap stays plain.
 *
 * @example
 * toTextRuns('Go, now!', [{ text: 'Go', same: true }, { text: 'now', same: false }])
 * // [{ text: 'Go, ', differs: false }, { text: 'now', differs: true }, { text: '!', differs: false }]
 */
export function toTextRuns(text: string, words: readonly AlignedWord[]): WordRun[] {
	const tokens = tokenize(text);
	if (tokens.length !== words.length) return [{ text, differs: words.some((word) => !word.same) }];
	const runs: WordRun[] = [];
	const push = (piece: string, differs: boolean) => {
		const last = runs.at(-1);
		if (piece === '') return;
		if (last && last.differs === differs) last.text += piece;
		else runs.push({ text: piece, differs });
	};
	let cursor = 0;
	tokens.forEach((token, index) => {
		const differs = !words[index]!.same;
		const joinsGap = differs && index > 0 && !words[index - 1]!.same;
		push(text.slice(cursor, token.start), joinsGap);
		push(token.text, differs);
		cursor = token.end;
	});
	push(text.slice(cursor), false);
	return runs;
}
