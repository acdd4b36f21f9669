/**
 * What a single line is, judged from its own words: the page furniture that news sites
 * wrap around an article. These are patterns of the trade (comment forms, credit lines,
 * navigation), not of any one outlet.
 */
import type { RemovedReason } from '../schema.ts';
import { DATE_PART_SEPARATOR, parseDate, TIME_STAMP } from './dates.ts';
import { CLOSING_QUOTE_MARKS } from '../text/quote-marks.ts';

/**
 * A line that is only a URL.
 * `https://example.com/news/20211109/1234567890.html`
 *  ^^^^^^^^ scheme or www.  ^^^^ no spaces to the end
 */
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/i;

const COMMENT_FORM =
	/^(?:leave a (?:reply|comment)|post a comment|add a comment|discuss this (?:article|story)|join the (?:discussion|conversation)|\d+ comments?|comments?|your email address will not be published\b.*|required fields are marked\b.*|cancel reply|post comment)\s*[.:*]*$/i;

const NAVIGATION =
	/^(?:back to top(?: button)?|(?:latest|more|top|breaking) news|related (?:articles?|stories|posts|news|content)|read more|most (?:popular|read|viewed)|share(?: this(?: article| story| page)?)?|skip to (?:main )?content|(?:next|previous) (?:article|story|post)|advertisement|you (?:may|might) also like|recommended(?: for you)?|trending(?: now)?|see also|tags?|share (?:on|via|to) [a-z]+(?: [a-z]+)?|follow us(?: on [a-z]+)?(?: @\w+)?|sign up (?:for|to) (?:our|the) (?:[a-z]+ ){0,3}newsletters?|subscribe(?: to (?:our|the) (?:[a-z]+ ){0,3}newsletters?)?)\s*:?$/i;

/**
 * `With reporting by Example Wire.` / `(Reporting by Jane Doe; Editing by John Roe)`
 *  ^^^^^ optional         ^^^^^^^^^ the credit verb, then who
 */
const CREDIT_LINE = /^\(?(?:with )?(?:additional )?(?:reporting|writing|editing|research|compiled) by\b.{1,120}$/i;
/** `Jane Doe in Velgrad contributed to this report.` / `Jane Doe contributed reporting.` */
const CONTRIBUTED = /\bcontributed (?:reporting\b.{0,60}|to this (?:report|story|article))\.?\)?$/i;
/** A rule between the story and what follows: `___`, `* * *`, `---`. */
const RULE_LINE = /^[\s_*=~#·•—–-]{3,}$/u;

/** `— EW`: an agency's initials alone on the last line. */
const SIGN_OFF_LINE = /^[—–-]{1,2} ?\p{Lu}{2,6}$/u;

/**
 * `Copyright 2023 Example Wire. All rights reserved. This material may not be published…`
 *                              ^ cut here: the boilerplate after the owner's name
 */
const RIGHTS_BOILERPLATE = /\.\s+(?:all rights reserved|this (?:material|article|story) may not be)\b.*$/iu;

/** `Image: Anna Kowalski`, `Image shows …`, `Photo: …`, `Pictured above: …` */
const CAPTION = /^(?:image|photo|picture|pictured|video|watch|caption)\s*(?::|shows?\b|above\b|below\b|credit\b)/i;

/** `Related article: City Council Says …` */
const RELATED_PREFIX = /^(?:related(?: articles?| stories| story| news)?|see also|read also|also read|read more|more on this)\s*:\s*\S/i;

/**
 * `Other reports by Example Radio` / `© 2017 The Daily Example` / `Copyright Example News`
 *  ^^^^^^^^^^^^^^^^ lead-in       ^^^^^^^^^^^^^^^^ group 1: the outlet
 *
 * The outlet ends on a character that is not a space or a dot, so the `[\s.]*` after it is
 * tried once per run: were it free to end inside a run of dots, each dot would rescan the run.
 */
const FOOTER_OUTLET =
	/^(?:other (?:reports|stories|articles|news|posts) (?:by|from)|(?:this (?:article|story) )?(?:was )?(?:originally |first )?(?:appeared|published) (?:on|in|by)|©|\(c\)|copyright)\s*(?:\d{4}\s*)?(\S.*?)(?<![\s.])[\s.]*(?:all rights reserved\.?)?$/i;

/** Words that end a photo credit: platforms and photo agencies, the trade's usual suspects. */
const PHOTO_CREDIT =
	/(?:\b(?:photo|credit|photograph)\s*:|\b(?:getty images|shutterstock|handout|facebook|twitter|instagram|telegram|youtube|vk|afp|reuters|ap|epa|tass|sputnik|xinhua|anadolu)\s*$|[/|]\s*[\p{Lu}][\p{L} .]+$)/iu;

/**
 * The reason to set a line aside, judged from the line alone; undefined for a body line.
 *
 * @example
 * lineReason('Leave a Reply') // 'comment-form'
 * lineReason('November 12, 2021') // 'date'
 * lineReason('UPDATE:') // 'section-label'
 * lineReason('Nowak said so.') // undefined
 */
export function lineReason(text: string): RemovedReason | undefined {
	const line = text.trim();
	if (URL_LINE.test(line)) return 'url-block';
	if (COMMENT_FORM.test(line)) return 'comment-form';
	if (NAVIGATION.test(line)) return 'navigation';
	if (RULE_LINE.test(line)) return 'separator';
	if ((CREDIT_LINE.test(line) && wordCount(line) <= 20) || SIGN_OFF_LINE.test(line)) return 'credit-line';
	if (CONTRIBUTED.test(line) && wordCount(line) <= 25) return 'credit-line';
	if (RELATED_PREFIX.test(line)) return 'related-headline';
	if (isPhotoCredit(line)) return 'photo-credit';
	if (CAPTION.test(line) && wordCount(line) <= 30) return 'caption';
	if (isFooter(line)) return 'footer';
	if (isDateLine(line)) return 'date';
	if (INLINE_LABEL.test(line) && wordCount(line) <= 3) return 'section-label';
	return undefined;
}

/**
 * A label standing alone in capitals before the paragraphs it heads: `UPDATE:`, `EDITOR’S NOTE:`.
 * `CORRECTION:`
 *  ^^^^^^^^^^ one to three words in capitals, then a colon and nothing else
 */
const INLINE_LABEL = /^\p{Lu}[\p{Lu}'’ -]*\p{Lu}:$/u;

/**
 * The outlet a footer line names, if it names one.
 *
 * @example
 * outletFromFooter('Other reports by Example Radio') // 'Example Radio'
 * outletFromFooter('Copyright 2023 Example Wire. All rights reserved. This material may not be published.') // 'Example Wire'
 */
export function outletFromFooter(text: string): string | undefined {
	const match = FOOTER_OUTLET.exec(text.trim().replace(RIGHTS_BOILERPLATE, '.'));
	const name = match?.[1]?.trim();
	return name && wordCount(name) <= 6 ? name : undefined;
}

function isFooter(line: string): boolean {
	return wordCount(line.replace(RIGHTS_BOILERPLATE, '.')) <= 12 && outletFromFooter(line) !== undefined;
}

function isDateLine(line: string): boolean {
	return (
		(wordCount(line) <= 8 || DATE_PART_SEPARATOR.test(line)) &&
		wordCount(line) <= 16 &&
		(parseDate(line) !== undefined || TIME_STAMP.test(line.trim()))
	);
}

function isPhotoCredit(line: string): boolean {
	return wordCount(line) <= 8 && !endsSentence(line) && PHOTO_CREDIT.test(line);
}

/**
 * Marks that can follow a sentence's last full stop, as the body of a regex character class:
 * the closing mark of every quote style (`”` `’` `"` `'`, `“` after `„`, `»` or `«`, `›` or
 * `‹`, `」`) and closing brackets.
 */
export const CLOSING_MARK_CLASS = `${CLOSING_QUOTE_MARKS})\\]`;
const SENTENCE_END = new RegExp(`[.!?…:;,][${CLOSING_MARK_CLASS}]*$`, 'u');

/** Whether text ends the way a sentence ends (`.`, `!`, `?`, `…`, `:`, `;`, `,` maybe before a closing mark). */
export function endsSentence(text: string): boolean {
	return SENTENCE_END.test(text.trim());
}

/** Number of whitespace-separated words. */
export function wordCount(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}
