/**
 * Identifiers that follow from content and file names only, never from order or time,
 * so a link keeps working after a rebuild or after articles are added.
 */

/**
 * Turn a file name into a URL-safe article id; a name with no Latin letters or digits gets a
 * hash of itself.
 *
 * @example
 * slugFromFileName('000_e50597ed88ffc82d.txt') // '000-e50597ed88ffc82d'
 * slugFromFileName('Été à Paris.TXT') // 'ete-a-paris'
 * slugFromFileName('Велград.txt') // 'a-' + a hash
 */
export function slugFromFileName(name: string): string {
	const slug = toSlug(name.replace(/\.[^.]*$/, ''));
	// A name in a script with no Latin letters (Велград.txt) still needs a distinct id.
	return slug || `a-${hashText(name)}`;
}

/**
 * A short, stable hash of a string: two 32-bit FNV-1a lanes with different seeds, base 36.
 * Not cryptographic; it only has to be deterministic and spread well.
 *
 * @example
 * hashText('bring the lanterns home') // the same 10 characters on every run
 */
export function hashText(text: string): string {
	let first = 0x811c9dc5;
	let second = 0x9747b28c;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		first = Math.imul(first ^ code, 0x01000193);
		second = Math.imul(second ^ code, 0x01000193) ^ (second >>> 15);
	}
	const lane = (value: number) => (value >>> 0).toString(36).padStart(7, '0');
	return (lane(first) + lane(second)).slice(0, 10);
}

/**
 * A readable, stable id for a text: its first words as a slug, then a hash of all of it.
 *
 * @example
 * idForText('we will open the north gate at dawn') // 'we-will-open-the-north-<hash>'
 */
export function idForText(normalized: string, words = 5): string {
	const slug = toSlug(normalized.split(' ').slice(0, words).join(' '));
	const hash = hashText(normalized).slice(0, 7);
	return slug ? `${slug}-${hash}` : hash;
}

/** Latin letters and digits of a text, accents dropped, joined by hyphens; '' when none. */
function toSlug(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
