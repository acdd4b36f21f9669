/**
 * A saved page's visible text as blocks, in reading order, each with the element that holds
 * it; and the reason a block that is not article text was set aside, read from the markup
 * around it (a `<nav>`, a cookie banner's class, a comment section's id). Only text is read:
 * no attribute value, URL or markup of the page ever reaches a record.
 */
import type { RemovedReason } from '../schema.ts';
import { lineReason } from '../parse/line-kinds.ts';
import { sameWords } from '../parse/site-name.ts';

/** One run of text that a reader sees as one block (a paragraph, a list item, a caption). */
export interface TextBlock {
	text: string;
	element: Element;
}

/** Elements whose content is never text a reader reads (scripts, embedded frames, media, form controls). */
const SKIPPED = new Set([
	'script',
	'style',
	'noscript',
	'template',
	'iframe',
	'frame',
	'object',
	'embed',
	'svg',
	'math',
	'canvas',
	'head',
	'title',
	'meta',
	'link',
	'base',
	'select',
	'textarea',
	'input',
	'video',
	'audio',
	'picture',
	'img',
	'source',
	'map',
	'dialog',
]);

/** Elements that flow inside a line of text rather than starting a block. */
const INLINE = new Set([
	'a',
	'abbr',
	'b',
	'bdi',
	'bdo',
	'cite',
	'code',
	'data',
	'dfn',
	'em',
	'font',
	'i',
	'kbd',
	'mark',
	'q',
	's',
	'samp',
	'small',
	'span',
	'strong',
	'sub',
	'sup',
	'time',
	'u',
	'var',
	'wbr',
	'label',
	'button',
	'del',
	'ins',
]);

/**
 * The text blocks under `root`, in document order: a block element starts and ends a block,
 * inline elements join the block they are in, two `<br>` in a row end one. Whitespace is
 * collapsed; empty blocks are dropped. Walks with an explicit stack, so deep nesting cannot
 * overflow the call stack.
 */
export function textBlocks(root: Element): TextBlock[] {
	const blocks: TextBlock[] = [];
	let parts: string[] = [];
	let owner: Element = root;
	const flush = (): void => {
		const text = parts.join('').replace(/\s+/gu, ' ').trim();
		if (text) blocks.push({ text, element: owner });
		parts = [];
	};
	// A stack of nodes to visit with the block they belong to; a `null` node ends a block.
	const stack: { node: Node | null; block: Element }[] = [{ node: root, block: root }];
	while (stack.length > 0) {
		const { node, block } = stack.pop() ?? { node: null, block: root };
		if (node === null) {
			flush();
			continue;
		}
		if (node.nodeType === 3) {
			if (parts.join('').trim() === '') owner = block;
			parts.push(node.textContent ?? '');
			continue;
		}
		if (node.nodeType !== 1) continue;
		const element = node as Element;
		const tag = element.localName.toLowerCase();
		if (SKIPPED.has(tag)) continue;
		if (tag === 'br') {
			if (nextElementIsBreak(element)) flush();
			else parts.push(' ');
			continue;
		}
		const inline = INLINE.has(tag);
		if (!inline) {
			flush();
			stack.push({ node: null, block });
		}
		const children = [...element.childNodes];
		for (let index = children.length - 1; index >= 0; index--) {
			const child = children[index];
			if (child) stack.push({ node: child, block: inline ? block : element });
		}
	}
	flush();
	return blocks;
}

function nextElementIsBreak(element: Element): boolean {
	let next = element.nextSibling;
	while (next && next.nodeType === 3 && (next.textContent ?? '').trim() === '') next = next.nextSibling;
	return next?.nodeType === 1 && (next as Element).localName.toLowerCase() === 'br';
}

/** Markup hints -> reason: a tag name, an ARIA role, or a word of a class or id. */
const HINTS: readonly [RemovedReason, RegExp][] = [
	['cookie-notice', /^(?:cookies?|consent|gdpr|cmp|privacy-banner)$/],
	['advertisement', /^(?:ads?|advert|adverts|advertisement|sponsored|sponsor|dfp|adslot|ad-slot)$/],
	['comments', /^(?:comments?|comment-list|disqus|respond|replies|reader-comments)$/],
	[
		'navigation',
		/^(?:tag:nav|role:navigation|role:menu|role:menubar|role:banner|nav|navbar|navigation|menu|breadcrumbs?|masthead|share|sharing|social|toolbar|subscribe|newsletter|signup|paywall)$/,
	],
	[
		'related-headline',
		/^(?:tag:aside|role:complementary|related|recommended|recirculation|trending|popular|most-read|readmore|read-more|outbrain|taboola|sidebar|teaser|more-stories)$/,
	],
	['footer', /^(?:tag:footer|role:contentinfo|footer|copyright|colophon)$/],
	['caption', /^(?:tag:figcaption|caption|credit|image-credit)$/],
	['byline', /^(?:byline|author|authors|rel:author)$/],
	['date', /^(?:tag:time|dateline|timestamp|published|pubdate)$/],
];

/** The reasons a page's markup can give that outrank the extractor keeping a block. */
const STRUCTURAL = new Set<RemovedReason>([
	'cookie-notice',
	'advertisement',
	'comments',
	'navigation',
	'related-headline',
	'footer',
	'caption',
]);

/** The words of an element's markup that say what it is: tag, role, rel, and the words of its class and id. */
function hintWords(element: Element): string[] {
	const named = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
	const words = named.split(/[^a-z0-9-]+/u).flatMap((word) => [word, ...word.split('-')]);
	return [
		`tag:${element.localName.toLowerCase()}`,
		`role:${(element.getAttribute('role') ?? '').toLowerCase()}`,
		`rel:${(element.getAttribute('rel') ?? '').toLowerCase()}`,
		...words.filter(Boolean),
	];
}

/**
 * What the markup around a block says it is, from the block's element outwards (the nearest
 * hint wins), or undefined when nothing up to `<body>` says.
 */
export function markupReason(element: Element): RemovedReason | undefined {
	for (let at: Element | null = element; at && !/^(?:body|html)$/iu.test(at.localName); at = at.parentElement) {
		const words = hintWords(at);
		const hint = HINTS.find(([, pattern]) => words.some((word) => pattern.test(word)));
		if (hint) return hint[0];
	}
	return undefined;
}

/**
 * Why a block is set aside. `kept` says whether the main-text extractor kept it: a kept block
 * is set aside only when its markup plainly marks it as furniture (a cookie banner the
 * extractor took in with its neighbours); a dropped block gets the markup's reason, else the
 * reason its words give, else `outside-main-text`.
 */
export function blockReason(block: TextBlock, kept: boolean, headline: string | undefined): RemovedReason | undefined {
	const markup = markupReason(block.element);
	if (kept) return markup && STRUCTURAL.has(markup) ? markup : undefined;
	if (headline && sameWords(block.text, headline)) return 'headline';
	return markup ?? lineReason(block.text) ?? 'outside-main-text';
}
