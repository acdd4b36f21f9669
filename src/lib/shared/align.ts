/**
 * Word-level alignment of two wordings with jsdiff's `diffArrays` (a Myers diff): which
 * words of one wording the other has at the same place.
 */
import { diffArrays } from 'diff';
import type { AlignedWord } from '../schema.ts';
import { tokenize } from '../text/tokens.ts';

/**
 * The words of `text`, each marked `same` when `reference` has it in the aligned place.
 * Words compare by key, so case, marks and British/American spelling do not count as differences.
 *
 * @example
 * alignWords('start closing the gates', 'proceed to close the gates')
 * // [{ text: 'start', same: false }, { text: 'closing', same: false }, { text: 'the', same: true }, { text: 'gates', same: true }]
 */
export function alignWords(text: string, reference: string): AlignedWord[] {
	const tokens = tokenize(text);
	const changes = diffArrays(
		tokens.map((token) => token.key),
		tokenize(reference).map((token) => token.key),
	);
	const words: AlignedWord[] = [];
	for (const change of changes) {
		if (change.added) continue;
		for (let count = 0; count < change.value.length; count++) {
			const token = tokens[words.length];
			if (token) words.push({ text: token.text, same: !change.removed });
		}
	}
	return words;
}
