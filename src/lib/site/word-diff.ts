/**
 * A quote variant's aligned words turned into runs for rendering: words the other wording
 * shares stay plain, words that differ are grouped so a component can mark them.
 */
import type { AlignedWord } from '../schema.ts';

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
