/**
 * unified plugin: set aside everything around the article body — header (section label,
 * headline, byline, date) and furniture (captions, credits, related headlines, URL blocks,
 * comment forms, navigation, footers) — into `file.data.removed`, each line with its reason.
 */
import type { Paragraph, Root } from 'mdast';
import type { Transformer } from 'unified';
import type { VFile } from 'vfile';
import type { RemovedReason } from '../schema.ts';
import { CLOSING_MARK_CLASS, endsSentence, lineReason, outletFromFooter, wordCount } from './line-kinds.ts';
import { parseDate } from './dates.ts';
import { agencyFromDateline, agencyFromSignOff, nameOfRoleByline, outletFromReporting, readByline } from './credits.ts';
import { isSceneCaption } from './captions.ts';
import { sameWords, splitSiteName } from './site-name.ts';
import { linesOf, paragraphFrom, paragraphsOf, type SourceLine } from './tree.ts';
import { isNameParticle, PARTICLE_PATTERN } from '../text/name-parts.ts';
import { UNAMBIGUOUS_QUOTE_MARKS } from '../text/quote-marks.ts';

/** A block of lines with a reason per line; `undefined` means body. */
interface Block {
	node: Paragraph;
	lines: SourceLine[];
	reasons: (RemovedReason | undefined)[];
}

/** unified plugin: classify blocks and move non-body lines to `file.data.removed`. */
export function removeFurniture(): Transformer<Root, Root> {
	return (tree: Root, file: VFile): void => {
		const blocks: Block[] = paragraphsOf(tree)
			.flatMap(unstack)
			.map((node) => {
				const lines = linesOf(node);
				return { node, lines, reasons: lines.map((line) => lineReason(line.text)) };
			});
		const bodyStart = readHeader(blocks, file);
		labelInterstitials(blocks, bodyStart, file.data.headline);
		labelSceneCaptions(blocks, bodyStart);
		const outlet = file.data.siteName ?? outletFromLines(blocks) ?? outletFromCredits(blocks.slice(bodyStart)) ?? file.data.bylineOutlet;
		if (outlet) file.data.outlet = { name: outlet, evidence: 'text' };
		tree.children = keepBody(blocks, file);
	};
}

/** A block whose lines are all shorter than this may be a stack of separate lines, not wrapped prose (wrapped at 60 columns or more). */
const STACK_WIDTH = 60;
/** A line that ends on one of these words goes on in the next line. */
const RUNS_ON =
	/(?:^|\s)(?:the|a|an|of|to|in|on|at|for|with|and|or|but|by|from|as|that|which|who|is|are|was|were|be|has|have|had|its|his|her|their|our)$/iu;

/**
 * A block of short lines none of which goes on in the next — a headline, a byline and a time
 * stamp with no blank line between them, or a list of links — is one block per line, so each is
 * judged on its own. Wrapped prose stays one block: one of its lines ends on a comma, a dash or a
 * function word, leaves a quotation open, or is followed by a lower-case word.
 */
function unstack(node: Paragraph): Paragraph[] {
	const lines = linesOf(node);
	if (lines.length < 2 || lines.some((line) => line.text.length >= STACK_WIDTH)) return [node];
	const runsOn = lines.slice(0, -1).some((line, at) => goesOn(line.text, lines[at + 1]?.text ?? ''));
	return runsOn ? [node] : lines.map((line) => paragraphFrom([line]));
}

function goesOn(line: string, next: string): boolean {
	const open = (line.match(/["“„«]/gu) ?? []).length;
	const closed = (line.match(/["”“»]/gu) ?? []).length;
	return /[,;\-–—]$/u.test(line) || RUNS_ON.test(line) || /^\p{Ll}/u.test(next) || (line.includes('"') ? open % 2 === 1 : open > closed);
}

/** Label the section label, headline, byline and date at the top; returns where the body starts. */
function readHeader(blocks: Block[], file: VFile): number {
	let index = nextKept(blocks, 0);
	const first = blocks[index];
	const second = blocks[nextKept(blocks, index + 1)];
	if (isOpen(first) && isOpen(second) && isSectionLabel(first, second)) {
		file.data.sectionLabels = splitSectionLabel(joined(first));
		first.reasons.fill('section-label');
		index = nextKept(blocks, index + 1);
	}
	const headline = blocks[index];
	// A headline the input format already knows (a saved page's metadata) is not looked for in the text.
	if (file.data.headline === undefined && isOpen(headline) && isHeadlineLike(headline) && headline.lines.length <= 2) {
		const { headline: title, site } = splitSiteName(joined(headline));
		file.data.headline = title;
		if (site) file.data.siteName = site;
		headline.reasons.fill('headline');
		index = bylineCredit(blocks, index + 1) ?? nextKept(blocks, index + 1);
	}
	for (let block = blocks[index]; block && isBylineBlock(block); block = blocks[index]) {
		block.reasons = block.reasons.map((reason) => reason ?? 'byline');
		const { names, outlet } = bylineOf(block);
		if (names && file.data.byline === undefined) file.data.byline = names;
		if (outlet && file.data.bylineOutlet === undefined) file.data.bylineOutlet = outlet;
		index = nextKept(blocks, index + 1);
	}
	const [date] = blocks.flatMap((block, at) => dateLines(block, at <= Math.max(index, HEADER_BLOCKS)));
	if (date) file.data.date = date;
	return index;
}

/**
 * Short headline-like blocks between body paragraphs are captions or related headlines; one
 * that repeats the headline (a page title with the site's name, then the headline itself) is
 * the headline again.
 */
function labelInterstitials(blocks: Block[], bodyStart: number, headline: string | undefined): void {
	blocks.forEach((block, index) => {
		if (index < bodyStart || !isOpen(block) || !isHeadlineLike(block)) return;
		if (headline !== undefined && sameWords(joined(block), headline)) {
			block.reasons.fill('headline');
			return;
		}
		if (soundsLikeProse(joined(block))) return;
		const next = blocks[index + 1];
		if (startsLowercase(blocks[nextKept(blocks, index + 1)])) return;
		const nextIsCredit = next?.reasons.every((reason) => reason === 'photo-credit') ?? false;
		block.reasons.fill(nextIsCredit ? 'caption' : 'related-headline');
	});
}

/**
 * One-line paragraphs past the lead that describe a picture in the present tense
 * (captions.ts). The first two body paragraphs are never taken: a lead may be written so.
 */
function labelSceneCaptions(blocks: Block[], bodyStart: number): void {
	let seen = 0;
	for (const block of blocks.slice(bodyStart)) {
		if (!isOpen(block)) continue;
		seen++;
		if (seen > 2 && block.lines.length === 1 && isSceneCaption(joined(block))) block.reasons.fill('caption');
	}
}

/** Record removed lines and return the body paragraphs, marking ones cut by furniture. */
function keepBody(blocks: Block[], file: VFile): Paragraph[] {
	const removed = (file.data.removed = file.data.removed ?? []);
	const body: Paragraph[] = [];
	let gap = false;
	for (const block of blocks) {
		const kept = block.lines.filter((line, at) => {
			const reason = block.reasons[at];
			if (reason) removed.push({ line: line.line, text: line.text, reason });
			return reason === undefined;
		});
		const previous = body.at(-1);
		if (kept.length > 0 && gap && previous?.data && !endsSentence(linesOf(previous).at(-1)?.text ?? '.')) {
			previous.data.continues = true;
		}
		if (kept.length > 0) {
			block.node.data = { lines: kept };
			body.push(block.node);
		}
		gap = kept.length < block.lines.length || (gap && kept.length === 0);
	}
	return body;
}

function outletFromLines(blocks: Block[]): string | undefined {
	for (const block of blocks) {
		for (const line of block.lines) {
			const name = outletFromFooter(line.text);
			if (name) return name;
		}
	}
	return undefined;
}

/**
 * The agency the body credits: a dateline opening one of the first three paragraphs, else an
 * agency's initials signing off the last line, else a reporting credit naming an organisation.
 */
function outletFromCredits(body: Block[]): string | undefined {
	const firsts = body.slice(0, 3).map((block) => block.lines[0]?.text ?? '');
	const dateline = firsts.map(agencyFromDateline).find(Boolean);
	if (dateline) return dateline;
	const lines = body.flatMap((block) => block.lines.map((line) => line.text));
	return agencyFromSignOff(lines.at(-1) ?? '') ?? lines.map(outletFromReporting).find(Boolean);
}

/** Index of the next block that still has a body line, from `from` on. */
function nextKept(blocks: Block[], from: number): number {
	let index = from;
	while (index < blocks.length && blocks[index]?.reasons.every((reason) => reason !== undefined)) index++;
	return index;
}

/** A block none of whose lines has been set aside yet. */
function isOpen(block: Block | undefined): block is Block {
	return block !== undefined && block.reasons.every((reason) => reason === undefined);
}

function joined(block: Block): string {
	return block.lines.map((line) => line.text).join(' ');
}

/** A clause's end (`.`, `,`, `;`, `:`, `…`), maybe before closing marks of any quote style. */
const ENDS_CLAUSE = new RegExp(`[.,;:…][${CLOSING_MARK_CLASS}]*$`, 'u');
const ASKS_OR_EXCLAIMS = new RegExp(`[?!][${CLOSING_MARK_CLASS}]*$`, 'u');

/** One short line that does not end like a sentence and starts like a title. */
function isHeadlineLike(block: Block): boolean {
	const text = joined(block);
	const words = wordCount(text);
	return words >= 1 && words <= 25 && !ENDS_CLAUSE.test(text) && /^["'“‘«(]?[\p{Lu}\p{N}]/u.test(text);
}

/**
 * A section label: up to three words above a clearly longer headline, often run together
 * by a lost separator. `Local NewsWeather` — a lower-case letter straight before a capital
 * marks the seam; with a seam or a separator the label needs no longer headline under it.
 */
function isSectionLabel(block: Block, next: Block): boolean {
	const text = joined(block);
	if (block.lines.length !== 1 || wordCount(text) > 3 || endsSentence(text)) return false;
	if (splitSectionLabel(text).length > 1) return isHeadlineLike(next) || isBylineBlock(next);
	return isHeadlineLike(next) && !isBylineBlock(next) && wordCount(joined(next)) >= wordCount(text) + 3;
}

const UNAMBIGUOUS_MARK = new RegExp(`[${UNAMBIGUOUS_QUOTE_MARKS}]`, 'u');

/** A short line that quotes someone, asks or exclaims is prose, not a headline between paragraphs. */
function soundsLikeProse(text: string): boolean {
	return UNAMBIGUOUS_MARK.test(text) || ASKS_OR_EXCLAIMS.test(text);
}

/**
 * Split a section label at separators and at lower-to-upper case seams.
 *
 * @example
 * splitSectionLabel('Local NewsWeather') // ['Local News', 'Weather']
 * splitSectionLabel('World › Europe') // ['World', 'Europe']
 */
export function splitSectionLabel(text: string): string[] {
	return text
		.split(/\s*[›»>|/]\s*|(?<=\p{Ll})(?=\p{Lu}\p{Ll})/u)
		.map((part) => part.trim())
		.filter(Boolean);
}

/**
 * `By Jane Doe` or a bare name of two to four capitalised words.
 * `Anna Kowalski` / `Karim al-Tamrani` (particles such as al-, bin, van, de allowed)
 */
const BYLINE_WORD = String.raw`[\p{Lu}][\p{L}'’.-]*|${PARTICLE_PATTERN}`;
const BYLINE = new RegExp(String.raw`^(?:by\s+)?((?:${BYLINE_WORD})(?:\s+(?:${BYLINE_WORD}|and)){1,4})$`, 'iu');

function isBylineBlock(block: Block): boolean {
	return block.lines.length <= 3 && block.lines.every((line, at) => block.reasons[at] === 'date' || isBylineLine(line.text));
}

function isBylineLine(text: string): boolean {
	if (/^(?:(?:story|written|words|reported|text) )?by\s+\S/iu.test(text)) return wordCount(text) <= 12;
	if (nameOfRoleByline(text)) return true;
	// A bare name, maybe before a newsroom, a handle or a date: `Anna Kowalski | Example News`.
	return isBareName(readByline(text).names);
}

/** Two to five capitalised words (particles and `and` allowed): `Anna Kowalski`, `Jan van Dorp and Anna Kowalski`. */
function isBareName(text: string): boolean {
	return (
		text.length <= 40 &&
		BYLINE.test(text) &&
		text.split(/\s+/).every((word) => /^\p{Lu}/u.test(word) || isNameParticle(word) || word === 'and' || /^(?:al|el)-$/u.test(word))
	);
}

/**
 * The block right under the headline when it is a byline that its bar made read like a photo
 * credit (`Anna Kowalski | Example News`): opened again to be read as the byline.
 */
function bylineCredit(blocks: Block[], at: number): number | undefined {
	const block = blocks[at];
	if (!block?.reasons.every((reason) => reason === 'photo-credit') || !block.lines.every((line) => isBylineLine(line.text)))
		return undefined;
	block.reasons = block.reasons.map(() => undefined);
	return at;
}

/** The byline of a header block: its people (a role's name, else the line without lead, handle, dates and newsroom) and its newsroom. */
function bylineOf(block: Block): { names?: string; outlet?: string } {
	const line = block.lines.find((_line, at) => block.reasons[at] !== 'date');
	if (!line) return {};
	const role = nameOfRoleByline(line.text);
	return role ? { names: role } : readByline(line.text);
}

/** A bare date line further down than this many blocks is a timeline's or a caption's, not the article's. */
const HEADER_BLOCKS = 4;

/** `Published: 12 Dec 2023`, `Updated December 12, 2023`: a date that says it is the article's. */
const SAYS_PUBLISHED = /^(?:published|updated|posted|first published|last updated)\b/iu;

/** The publication dates a block gives: any date line near the top, and further down only one that says it is the article's. */
function dateLines(block: Block, nearTop: boolean): string[] {
	return block.lines
		.flatMap((line, at) =>
			block.reasons[at] === 'date' && (nearTop || SAYS_PUBLISHED.test(line.text)) ? [parseDate(line.text) ?? ''] : [],
		)
		.filter(Boolean);
}

function startsLowercase(block: Block | undefined): boolean {
	return block !== undefined && /^\p{Ll}/u.test(block.lines[0]?.text ?? '');
}
