/**
 * A headline with the site's name glued on, as page titles carry it:
 * `Ferries halted on the bay - The Bay Courier`, `Ferries halted | Example News`.
 */

/**
 * `Ferries halted on the bay - The Bay Courier`
 *  ^^^^^^^^^^^^^^^^^^^^^^^^^ 1 headline   ^^^^^^^^^^^^^^^ 2 site: after the last ` - `, ` – `, ` — ` or ` | `
 */
const GLUED = /^(.+?\S)\s+[-–—|]\s+([^-–—|]+)$/u;

/** Words a site name does not start with: a tail starting so goes on the headline's sentence. */
const CONTINUES =
	/^(?:and|or|but|as|if|so|then|not|with|for|to|in|on|at|after|before|while|when|live|latest|updates?|video|watch|analysis|opinion)\b/iu;

/** A site name: up to eight words, each capitalised, a number, `&` or a small joining word. */
function looksLikeSiteName(tail: string): boolean {
	const words = tail.split(/\s+/u);
	return (
		words.length <= 8 &&
		!CONTINUES.test(tail) &&
		!/[.!?:;]$/u.test(tail) &&
		words.every((word) => /^[\p{Lu}\p{N}&]/u.test(word) || /^(?:of|the|and|de|la|el|du|der|die|da|di)$/u.test(word))
	);
}

/**
 * Split a title into headline and site name. With the site's name known (from page
 * metadata) only that name is split off; otherwise the last tail after a separator is, when
 * it reads as a name and leaves a headline of three words or more.
 *
 * @example
 * splitSiteName('Ferries halted on the bay - The Bay Courier') // { headline: 'Ferries halted on the bay', site: 'The Bay Courier' }
 * splitSiteName('Ferries halted - and then restarted') // { headline: 'Ferries halted - and then restarted' }
 */
export function splitSiteName(title: string, knownSite?: string): { headline: string; site?: string } {
	const match = GLUED.exec(title.trim());
	const head = match?.[1]?.trim() ?? '';
	const tail = match?.[2]?.trim() ?? '';
	if (!match || head.split(/\s+/u).length < 3) return { headline: title.trim() };
	if (knownSite !== undefined)
		return tail.toLowerCase() === knownSite.trim().toLowerCase() ? { headline: head, site: tail } : { headline: title.trim() };
	const separator = title.trim().slice(head.length).trim()[0];
	return separator === '|' || looksLikeSiteName(tail) ? { headline: head, site: tail } : { headline: title.trim() };
}

/**
 * Two texts with the same letters and digits, case and punctuation aside.
 *
 * @example
 * sameWords('Ferries halted!', 'ferries halted') // true
 */
export function sameWords(a: string, b: string): boolean {
	const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
	return key(a) !== '' && key(a) === key(b);
}
