import { describe, expect, test } from 'vitest';
import {
	agencyFromDateline,
	agencyFromSignOff,
	nameOfRoleByline,
	outletFromReporting,
	readByline,
} from '../../../src/lib/parse/credits.ts';
import { parseArticle } from '../../../src/lib/parse/article.ts';
import { splitSiteName } from '../../../src/lib/parse/site-name.ts';
import { findNameVariants } from '../../../src/lib/names/variants.ts';

const parse = (text: string) => {
	const result = parseArticle({ file: 'a.txt', bytes: new TextEncoder().encode(text) });
	if (!result.ok) throw new Error(result.problem);
	return result.article;
};
const body = 'The ferries stopped running across the bay on Monday after the dockers walked out, officials said.';

describe('agencyFromDateline', () => {
	test.each([
		['VELGRAD (EW) — The ferries stopped.', 'EW'],
		['Velgrad (Example Wire) The ferries stopped.', 'Example Wire'],
		['(Examplewire) - The ferries stopped.', 'Examplewire'],
		['PORT DORVIA, Velgrad (EW) -- The ferries stopped.', 'EW'],
		['The ferries (all six of them) stopped.', undefined],
		['(Updated) The ferries stopped.', undefined],
	])('%s -> %s', (paragraph, agency) => {
		expect(agencyFromDateline(paragraph)).toBe(agency);
	});
});

describe('credits and bylines', () => {
	test.each([
		['The ferries will run again on Friday. — EW', 'EW'],
		['— EW', 'EW'],
		['He called it a step - not a leap.', undefined],
	])('agencyFromSignOff(%s) is %s', (text, agency) => {
		expect(agencyFromSignOff(text)).toBe(agency);
	});

	test.each([
		['With reporting by Examplewire.', 'Examplewire'],
		['Additional reporting by the Example Wire', 'The Example Wire'],
		['With reporting by Anna Kowalski', undefined],
	])('outletFromReporting(%s) is %s', (line, outlet) => {
		expect(outletFromReporting(line)).toBe(outlet);
	});

	test.each([
		['Anna Kowalski, Transport Correspondent', 'Anna Kowalski'],
		['Karim al-Tamrani, Example News Security Correspondent', 'Karim al-Tamrani'],
		['Velgrad, the port city', undefined],
	])('nameOfRoleByline(%s) is %s', (line, name) => {
		expect(nameOfRoleByline(line)).toBe(name);
	});
});

describe('splitSiteName', () => {
	test.each([
		['Dockers halt Velgrad ferries in safety dispute | Harbour Daily', 'Dockers halt Velgrad ferries in safety dispute', 'Harbour Daily'],
		['Ferries halted on the bay - News, Weather, Sports, Velgrad, DV', 'Ferries halted on the bay', 'News, Weather, Sports, Velgrad, DV'],
		['Ferries halted on the bay - and then restarted', 'Ferries halted on the bay - and then restarted', undefined],
		['Ferries halted - Example', 'Ferries halted - Example', undefined],
	])('%s', (title, headline, site) => {
		expect(splitSiteName(title)).toEqual(site === undefined ? { headline } : { headline, site });
	});
});

describe('plain-text metadata the way news writes it', () => {
	test('a dateline with an agency gives the outlet; the byline and Published line are read', () => {
		const article = parse(`Ferries halted on the bay\n\nBy Anna Kowalski\n\nPublished December 12, 2023\n\nVELGRAD (EW) — ${body}\n`);
		expect(article).toMatchObject({ outlet: { name: 'EW', evidence: 'text' }, byline: 'Anna Kowalski', date: '2023-12-12' });
	});

	test('a site name glued to the headline becomes the outlet, and the headline repeated below is not a related headline', () => {
		const article = parse(
			`Ferries halted on the bay - The Bay Courier\n\nFerries halted on the bay\n\n${body}\n\nMore text follows here, officials said.\n`,
		);
		expect(article.headline).toBe('Ferries halted on the bay');
		expect(article.outlet).toEqual({ name: 'The Bay Courier', evidence: 'text' });
		expect(article.removed.map((line) => line.reason)).toEqual(['headline', 'headline']);
	});

	test('a Name, Role byline gives the name', () => {
		const article = parse(`Ferries halted on the bay\n\nAnna Kowalski, Transport Correspondent\n\n${body}\n`);
		expect(article.byline).toBe('Anna Kowalski');
	});

	test('a copyright line with rights boilerplate is a footer naming the outlet', () => {
		const article = parse(
			`Ferries halted on the bay\n\n${body}\n\nCopyright 2023 Example Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.\n`,
		);
		expect(article.outlet).toEqual({ name: 'Example Wire', evidence: 'text' });
		expect(article.removed.at(-1)?.reason).toBe('footer');
	});
});

describe('name variants', () => {
	test('an upper-case dateline is never another spelling of a name', () => {
		const groups = findNameVariants([
			{ articleId: 'a', text: 'VELGRAD (EW) — The mayor of Velgrad spoke.' },
			{ articleId: 'b', text: 'In Velgrad, the mayor spoke at the harbour of Velgrad.' },
		]);
		expect(groups).toEqual([]);
	});
});

describe('readByline', () => {
	test.each([
		['By Anna Kowalski', { names: 'Anna Kowalski' }],
		['Written by Anna Kowalski', { names: 'Anna Kowalski' }],
		['By Anna Kowalski, The Daily Example', { names: 'Anna Kowalski', outlet: 'The Daily Example' }],
		['By Anna Kowalski and Piotr Nowak, Example News', { names: 'Anna Kowalski and Piotr Nowak', outlet: 'Example News' }],
		['Anna Kowalski | Example News • Updated Dec 11, 2017', { names: 'Anna Kowalski', outlet: 'Example News' }],
		['By Anna Kowalski • Published 3 hours ago', { names: 'Anna Kowalski' }],
		['Anna Kowalski @annak', { names: 'Anna Kowalski' }],
		['By Example Wire Staff', { names: 'Example Wire Staff', outlet: 'Example Wire' }],
		['By The Example Press', { names: 'The Example Press', outlet: 'The Example Press' }],
		// Commas between people are no newsroom.
		['By Anna Kowalski, Piotr Nowak and Jan Dorp', { names: 'Anna Kowalski, Piotr Nowak and Jan Dorp' }],
		['By Anna Kowalski, Piotr Nowak', { names: 'Anna Kowalski, Piotr Nowak' }],
	])('%s', (line, byline) => {
		expect(readByline(line)).toEqual(byline);
	});
});
