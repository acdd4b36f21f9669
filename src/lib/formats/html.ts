/**
 * A page saved from a browser (`.html`, `.htm`) -> an article. The DOM is linkedom's: it
 * parses markup into a tree and runs nothing (no scripts, no network, no layout), which is
 * all a build-time reader needs, and it is small and fast. Mozilla Readability picks the main
 * text; every visible block it drops is listed under `removed` with a reason. The kept blocks
 * go through the same pipeline as a .txt article, one block per paragraph.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { articleFromText, type ParseResult } from '../parse/article.ts';
import { decodeText } from '../parse/decode.ts';
import { outletFromFooter } from '../parse/line-kinds.ts';
import type { RemovedLine } from '../schema.ts';
import { blockReason, textBlocks, type TextBlock } from './html-blocks.ts';
import { pageMetadata } from './html-meta.ts';

/** Readability stops on pages with more elements than this; a news page has a few thousand. */
const MAX_ELEMENTS = 60_000;

/** Deeper markup than this is no news page, and would overflow Readability's recursive walks. */
const MAX_DEPTH = 400;

/** How deep elements nest under `root`, counted with an explicit stack. */
function nestingDepth(root: Element): number {
	let deepest = 0;
	const stack: [Element, number][] = [[root, 1]];
	while (stack.length > 0) {
		const [element, depth] = stack.pop() ?? [root, 0];
		deepest = Math.max(deepest, depth);
		if (deepest > MAX_DEPTH) break;
		for (const child of element.children) stack.push([child, depth + 1]);
	}
	return deepest;
}

/**
 * Read one saved page into an article. Line numbers in the record count the lines of the
 * page's text as Chorus reads it: each visible block on a line of its own, a blank line
 * between blocks.
 *
 * @example
 * readHtml('a.html', 'a', '<title>Ferries halted | The Bay Courier</title><article><p>The ferries stopped…</p></article>')
 * // { ok: true, article: { headline: 'Ferries halted', outlet: { name: 'The Bay Courier', evidence: 'metadata' }, … } }
 */
export function readHtml(file: string, id: string, html: string): ParseResult {
	const source = wholeDocument(html);
	// Reading metadata and blocks leaves the tree as it is; only Readability gets a copy of its own.
	const page = parseHTML(source).document;
	const root = page.body?.hasChildNodes() ? page.body : page.documentElement;
	if (!root) return { ok: false, problem: 'no page body: not a saved web page' };
	if (nestingDepth(root) > MAX_DEPTH) return { ok: false, problem: `markup nested over ${MAX_DEPTH} elements deep; not read as a page` };
	const known = pageMetadata(page);
	const blocks = textBlocks(root);
	if (blocks.length === 0) return { ok: false, problem: 'the page shows no text' };
	const kept = keptByExtractor(blocks, source);
	const removed: RemovedLine[] = [];
	const lines = blocks.map((block, index) => {
		const line = 2 * index + 1;
		const reason = blockReason(block, kept[index] ?? false, known.headline);
		if (reason === undefined) return block.text;
		removed.push({ line, text: block.text, reason });
		return '';
	});
	if (lines.every((line) => line === ''))
		return { ok: false, problem: 'no article text: every block of the page looks like page furniture' };
	// A page that names no site in its metadata often still signs its footer (`© 2024 The Bay Courier`).
	const outlet = known.outlet ?? removed.map((line) => (line.reason === 'footer' ? outletFromFooter(line.text) : undefined)).find(Boolean);
	return articleFromText({ file, id, text: lines.join('\n\n'), known: { ...known, outlet }, removed });
}

/**
 * For each block of the page, whether Readability keeps it in the main text. Readability runs
 * on a copy of the page (it rewrites the tree it reads), and a block counts as kept when the
 * main text holds a block with the same words, or, for a block of eight words or more, holds
 * its words at all (Readability splits and merges some blocks).
 */
function keptByExtractor(blocks: readonly TextBlock[], html: string): boolean[] {
	const copy = parseHTML(html).document;
	const content = new Readability(copy, { serializer: (element: Node) => element, maxElemsToParse: MAX_ELEMENTS }).parse()?.content;
	if (!content || content.nodeType !== 1) return blocks.map(() => false);
	const mainBlocks = textBlocks(content as Element).map((block) => block.text);
	const whole = normal(mainBlocks.join(' '));
	const unused = new Map<string, number>();
	for (const text of mainBlocks) unused.set(normal(text), (unused.get(normal(text)) ?? 0) + 1);
	return blocks.map((block) => {
		const key = normal(block.text);
		const left = unused.get(key) ?? 0;
		if (left > 0) {
			unused.set(key, left - 1);
			return true;
		}
		return block.text.split(' ').length >= 8 && whole.includes(key);
	});
}

/**
 * The markup as a whole document: a fragment saved without `<html>` (some tools save only the
 * article's markup) is wrapped, so the DOM has a body to read and Readability a document.
 */
function wholeDocument(html: string): string {
	return /<html[\s>]/iu.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

function normal(text: string): string {
	return text.replace(/\s+/gu, ' ').trim().toLowerCase();
}

/**
 * The bytes of a saved page -> an article, or the one-line problem.
 *
 * @example
 * readHtmlFile({ file: 'a.html', bytes }, 'a') // { ok: true, article: { id: 'a', … } }
 */
export function readHtmlFile(input: { file: string; bytes: Uint8Array }, id: string): ParseResult {
	const decoded = decodeText(input.bytes);
	if (!decoded.ok) return decoded;
	if (decoded.text.trim() === '') return { ok: false, problem: 'file is empty' };
	return readHtml(input.file, id, decoded.text);
}
