import { describe, expect, test } from 'vitest';
import { isNameParticle, NAME_PARTICLES, NAME_PREFIXES, withoutNamePrefix } from '../../../src/lib/text/particles.ts';
import { findNameRuns, surnameKey } from '../../../src/lib/quotes/names.ts';
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
