/**
 * Who a plain-text article comes from, as news writes it in the text: a dateline with the
 * agency in brackets, a sign-off after the last paragraph, a copyright or reporting credit.
 * Patterns of the trade, not of any outlet.
 */
import { PARTICLE_PATTERN, PREFIX_PATTERN } from '../text/name-parts.ts';

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
