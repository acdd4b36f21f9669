import { describe, expect, test } from 'vitest';
import { speakerIsRight } from '../../../src/lib/eval/speaker.ts';

describe('speakerIsRight', () => {
	test.each([
		['Anna Kowalski', 'Kowalski', true],
		['Anna Kowalski', 'Ms. Kowalski', true],
		['Anna Kowalski', 'Piotr Nowak', false],
		['Anna Kowalski', null, false],
		['Felipe Calderón', 'Calderon', true],
		['the young man (student) on the video', 'the young man', true],
		['the young man (student) on the video', 'the video', false],
		['Mr. Nowak’s adoring fans (crowd)', 'Nowak', false],
		['unattributed in the text (Nowak, per another article)', null, true],
		['unattributed in the text (Nowak, per another article)', 'Nowak', false],
	])('gold %s, found %s: %s', (gold, found, right) => {
		expect(speakerIsRight(gold, found)).toBe(right);
	});
});
