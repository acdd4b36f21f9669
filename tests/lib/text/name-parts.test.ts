import { describe, expect, test } from 'vitest';
import {
	isNameParticle,
	isNameSuffix,
	NAME_PARTICLES,
	NAME_PREFIXES,
	suffixCount,
	withoutNamePrefix,
} from '../../../src/lib/text/name-parts.ts';
import { findNameRuns, isOrganisation, splitTitle, surnameKey } from '../../../src/lib/quotes/names.ts';
import { attributeSpeakers } from '../../../src/lib/quotes/speaker.ts';
import { extractQuotes } from '../../../src/lib/quotes/extract.ts';
import { disputedSpeakers } from '../../../src/lib/shared/shared-quotes.ts';
import { findNameVariants, phraseKey } from '../../../src/lib/names/variants.ts';
import { nameOfRoleByline } from '../../../src/lib/parse/credits.ts';

describe('name particles', () => {
	test('a free-standing particle is never an everyday English word', () => {
		for (const word of ['as', 'an', 'at', 'and', 'of', 'the', 'in']) expect(isNameParticle(word)).toBe(false);
		expect(NAME_PARTICLES.filter((word) => NAME_PREFIXES.includes(word as never))).toEqual(['al', 'el', 'bin', 'ibn', 'abu']);
	});

	test('only a lower-case prefix with its hyphen comes off a surname', () => {
		expect(withoutNamePrefix('as-Sadri')).toBe('Sadri');
		expect(withoutNamePrefix('Al-Sadri')).toBe('Al-Sadri');
		expect(withoutNamePrefix('alSadri')).toBe('alSadri');
	});

	test('every reader of names takes the same particles', () => {
		// The run finder joins through a particle and files the surname without its prefix.
		expect(findNameRuns('Then Jan van Dorp arrived.').map((run) => run.name)).toEqual(['Jan van Dorp']);
		expect(surnameKey('Karim as-Sadri')).toBe('Sadri');
		// Name variants: the same person with and without a particle.
		expect(phraseKey('Karim as-Sadri')).toBe(phraseKey('Karim Sadri'));
		const groups = findNameVariants([
			{ articleId: 'a', text: 'Minister Karim as-Sadri spoke.' },
			{ articleId: 'b', text: 'Minister Karim Sadri spoke.' },
		]);
		expect(groups.map((group) => group.variants.map((variant) => variant.text).toSorted())).toContainEqual([
			'Karim Sadri',
			'Karim as-Sadri',
		]);
		// Bylines: a name with a particle before its role.
		expect(nameOfRoleByline('Jan van Dorp, Transport Correspondent')).toBe('Jan van Dorp');
	});

	test('a free-standing "as" does not join two names into one', () => {
		expect(findNameRuns('Voters chose Dorp as President.').map((run) => run.text)).not.toContain('Dorp as President');
	});
});

describe('generational suffixes', () => {
	test('are read with or without their full stop, and never alone', () => {
		expect(['Jr.', 'Jr', 'Sr.,', 'III'].map(isNameSuffix)).toEqual([true, true, true, true]);
		expect(isNameSuffix('Junior')).toBe(false);
		expect(suffixCount(['Karim', 'Hadi', 'Jr.'])).toBe(1);
		expect(suffixCount(['II'])).toBe(0);
	});

	test('leave the surname before them: the key, the title split and the person all hold', () => {
		expect(surnameKey('Piotr K. Nowak III')).toBe('Nowak');
		expect(surnameKey('Karim al-Hadi Jr.')).toBe('Hadi');
		// A surname that is also a title word stays the surname before a suffix.
		expect(splitTitle(['Anna', 'Marie', 'King', 'Jr'])).toEqual({ title: '', name: 'Anna Marie King Jr' });
		expect(splitTitle(['President', 'Piotr', 'Nowak', 'Jr.'])).toEqual({ title: 'President', name: 'Piotr Nowak Jr.' });
		// `III` is no acronym of an organisation.
		expect(isOrganisation('Piotr K. Nowak III')).toBe(false);
	});

	test('a later `Mr. Nowak` resolves to the full name written with its suffix', () => {
		const text = 'Piotr K. Nowak III took over. “We will win,” Mr. Nowak said.';
		const quotes = extractQuotes(text).map((quote) => ({ ...quote, paragraph: 0 }));
		expect(attributeSpeakers([{ text, sentences: [{ start: 0, end: text.length }] }], quotes)[0]?.name).toBe('Piotr K. Nowak III');
	});

	test('outlets naming one person with and without the suffix do not disagree', () => {
		expect(
			disputedSpeakers([
				{ speaker: 'Piotr K. Nowak III', articles: ['a'] },
				{ speaker: 'Piotr Nowak', articles: ['b'] },
			]),
		).toBeNull();
	});
});
