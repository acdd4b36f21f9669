/**
 * Who a plain-text article comes from, as news writes it in the text: a dateline with the
 * agency in brackets, a sign-off after the last paragraph, a copyright or reporting credit.
 * Patterns of the trade, not of any outlet.
 */
import { PARTICLE_PATTERN, PREFIX_PATTERN } from '../text/name-parts.ts';
import { parseDate, TIME_STAMP } from './dates.ts';

/**
 * `VELGRAD (Example Wire) — The ferries…` / `Velgrad, Dorvia (EW) -` / `(EW) -`
 *  ^^^^^^^ city (optional)  ^^^^^^^^^^^^ 1 agency   then a dash, a colon or the text itself
 */
const DATELINE =
	/^(?:[\p{Lu}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*){0,3}(?:, [\p{Lu}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*){0,2})? )?\(([\p{Lu}][\p{L}&.'’]*(?: [\p{Lu}&][\p{L}&.'’]*){0,3})\)(?: ?[—–-]{1,2} ?| ?: ?| ?(?=\p{Lu}))/u;

/**
 * `… the ferries will run again on Friday. — EW` / `(EW)` at the very end
 *                                           ^^ 1 an agency's initials
 */
const SIGN_OFF = /(?:^|\s)(?:[—–-]{1,2} ?|\()(\p{Lu}{2,6})\)?$/u;

/**
 * `With reporting by Example Wire` / `Additional reporting by the Example Wire`
 *                    ^^^^^^^^^^^^ 1 whoever reported
 */
const REPORTING = /^(?:[Ww]ith )?(?:[Aa]dditional )?[Rr]eporting by ((?:[Tt]he )?\p{Lu}[\p{L}.&'’ -]{1,60}?)\.?$/u;

/** Words that open a bracket at the start of a paragraph without naming an agency. */
const NOT_AGENCY = /^(?:updated?|correction|editor|video|photos?|watch|live|file|archive|opinion|analysis|update)\b/iu;

/**
 * The agency a paragraph's dateline credits, when the paragraph opens with one.
 *
 * @example
 * agencyFromDateline('VELGRAD (Example Wire) — The ferries stopped on Monday.') // 'Example Wire'
 * agencyFromDateline('(EW) - The ferries stopped.') // 'EW'
 * agencyFromDateline('The ferries (all six) stopped.') // undefined
 */
export function agencyFromDateline(paragraph: string): string | undefined {
	const agency = DATELINE.exec(paragraph)?.[1];
	return agency && !NOT_AGENCY.test(agency) ? agency : undefined;
}

/**
 * The agency whose initials sign off a paragraph or stand on a line of their own.
 *
 * @example
 * agencyFromSignOff('The ferries will run again on Friday. — EW') // 'EW'
 * agencyFromSignOff('He said it was a step - not a leap.') // undefined
 */
export function agencyFromSignOff(text: string): string | undefined {
	return SIGN_OFF.exec(text.trim())?.[1];
}

/**
 * Who a reporting credit names, when it names an organisation: one word, or `the …`; two or
 * three capitalised words are more likely a person and give no outlet.
 *
 * @example
 * outletFromReporting('With reporting by Examplewire.') // 'Examplewire'
 * outletFromReporting('With reporting by Anna Kowalski') // undefined
 */
export function outletFromReporting(line: string): string | undefined {
	const who = REPORTING.exec(line.trim())?.[1]?.trim();
	if (!who) return undefined;
	if (/^the /iu.test(who)) return who.replace(/^the /iu, 'The ');
	return who.split(' ').length === 1 ? who : undefined;
}

/** A word of a person's name: capitalised, maybe after a particle (`al-Tamrani`), or a lower-case particle. */
const NAME_WORD = `(?:(?:(?:${PREFIX_PATTERN})-)?\\p{Lu}[\\p{L}'’.-]*|${PARTICLE_PATTERN})`;

/**
 * A byline written as a name and a role: `Anna Kowalski, Transport Correspondent`.
 * `Anna Kowalski, Example News Security Correspondent`
 *  ^^^^^^^^^^^^^ 1 the name   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ 2 the role: up to six words
 */
const NAME_AND_ROLE = new RegExp(`^(${NAME_WORD}(?: ${NAME_WORD}){1,3}), ((?:[\\p{L}&'’-]+ ){0,5}\\p{L}+)$`, 'u');
/** The job a byline's role ends on. */
const NEWSROOM_JOB = /(?:^| )(?:correspondent|reporter|editor|writer|columnist|contributor|journalist|producer|analyst|chief|staff)s?$/iu;

/**
 * The name of a `Name, Role` byline line, or undefined when the line is not one.
 *
 * @example
 * nameOfRoleByline('Anna Kowalski, Transport Correspondent') // 'Anna Kowalski'
 * nameOfRoleByline('Velgrad, the port city, said so') // undefined
 */
export function nameOfRoleByline(line: string): string | undefined {
	const match = NAME_AND_ROLE.exec(line.trim());
	return match?.[2] && NEWSROOM_JOB.test(match[2]) ? match[1] : undefined;
}

/** What a byline may open with: `By`, `Story by`, `Written by`. */
const BYLINE_LEAD = /^(?:(?:story|written|words|reported|text) )?by\s+/iu;
/** The separators a byline sets its parts apart with: `Anna Kowalski | Example News • Updated …`. */
const BYLINE_PARTS = /\s+[|•·/—–]\s+/u;
/** A social handle after the name: `Anna Kowalski @annak`. */
const HANDLE = /\s+@\w+$/u;
/** A newsroom credited as a whole: `Example Wire Staff`, `Example News staff reports`. */
const STAFF = /^(.+?)\s+(?:staff(?:\s+(?:reports?|writers?))?|wire services?|news services?)$/iu;
/**
 * A newsroom's name: `The` and a capitalised word, or two or more capitalised words ending on a
 * word newsrooms are named with (`Example News`, `Velgrad Daily Herald`).
 */
const NEWSROOM =
	/^(?:The\s+\p{Lu}.*|(?:\p{Lu}[\p{L}&.'’-]*\s+){1,4}(?:News|Times|Post|Press|Wire|Agency|Daily|Herald|Tribune|Journal|Telegraph|Gazette|Radio|TV|Television|Network|Media|Magazine|Review|Reporter|Chronicle|Observer|Guardian|Standard|Express|Mail|Mirror|Star|Sun|Today|Online|Digital))$/u;

/** A byline read into its people and the newsroom it names. */
export interface Byline {
	/** The people (or the newsroom) as written, without the lead, handle, dates and newsroom: `Anna Kowalski and Piotr Nowak`. */
	names: string;
	/** The newsroom the byline names: `By Anna Kowalski, The Daily Example`, `Example Wire Staff`. */
	outlet?: string;
}

/**
 * Read a byline line: the lead (`By`, `Written by`), a handle, and parts after a separator that
 * are dates or a newsroom come off; a last comma part that names a newsroom (`The Daily
 * Example`, `Example News`) is the newsroom; so is a staff credit's (`Example Wire Staff`).
 *
 * @example
 * readByline('By Anna Kowalski, The Daily Example') // { names: 'Anna Kowalski', outlet: 'The Daily Example' }
 * readByline('Anna Kowalski | Example News • Updated Dec 11, 2017') // { names: 'Anna Kowalski', outlet: 'Example News' }
 * readByline('By Example Wire Staff') // { names: 'Example Wire Staff', outlet: 'Example Wire' }
 */
export function readByline(line: string): Byline {
	const [first = '', ...rest] = line.trim().replace(BYLINE_LEAD, '').split(BYLINE_PARTS);
	let names = first.replace(HANDLE, '').trim();
	const isDate = (part: string) => parseDate(part) !== undefined || TIME_STAMP.test(part.trim());
	let outlet = rest.map((part) => part.replace(HANDLE, '').trim()).find((part) => !isDate(part) && NEWSROOM.test(part));
	const comma = names.lastIndexOf(', ');
	const tail = comma === -1 ? '' : names.slice(comma + 2);
	if (tail !== '' && NEWSROOM.test(tail)) {
		outlet ??= tail;
		names = names.slice(0, comma);
	}
	const staff = STAFF.exec(names)?.[1];
	if (staff !== undefined) outlet ??= staff;
	else if (/^The\s+\p{Lu}/u.test(names)) outlet ??= names;
	return outlet === undefined ? { names } : { names, outlet };
}
