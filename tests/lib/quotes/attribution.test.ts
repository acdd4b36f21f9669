import { describe, expect, test } from 'vitest';
import { findAttribution } from '../../../src/lib/quotes/attribution.ts';

// `\uE000` stands for the quote being attributed, as speaker.ts masks it. These shapes once
// looped forever (auxiliaries after a passive one were never dropped); a hang fails the timeout.
describe('findAttribution', () => {
	test.each([
		['The families have been told ', ' they were killed.'],
		['The minister has been quoted as saying ', '.'],
		['', ', the officials had been asked by reporters.'],
		['The general will be cited as saying: ', ''],
		['They have been being told ', '.'],
	])('returns on perfect and passive speech verbs: %s\uE000%s', { timeout: 1000 }, (before, after) => {
		expect(() => findAttribution(before, after)).not.toThrow();
	});
});
