/**
 * Identifiers that follow from content and file names only, never from order or time,
 * so a link keeps working after a rebuild or after articles are added.
 */
import { hashText } from './text/hash.ts';
import { stripAccents } from './text/tokens.ts';

/**
 * The longest slug kept whole. Ids name folders of the built site and appear inside longer ids
 * (quote ids add a hash and a count), and a path component may hold at most 255 bytes.
 */
const MAX_SLUG = 80;

/**
 * Turn a file name into a URL-safe article id; a name with no Latin letters or digits gets a
 * hash of itself, and a slug over 80 characters is cut at a hyphen and given a hash of the
 * whole name, so two long names that differ only at the end stay apart.
 *
 * @example
 * slugFromFileName('000_e50597ed88ffc82d.txt') // '000-e50597ed88ffc82d'
 * slugFromFileName('Été à Paris.TXT') // 'ete-a-paris'
 * slugFromFileName('Велград.txt') // 'a-' + a hash
 */
export function slugFromFileName(name: string): string {
	const slug = toSlug(name.replace(/\.[^.]*$/, ''));
	// A name in a script with no Latin letters (Велград.txt) still needs a distinct id.
	if (!slug) return `a-${hashText(name)}`;
	return slug.length > MAX_SLUG ? `${cutSlug(slug)}-${hashText(name)}` : slug;
}

/**
 * A readable, stable id for a text: its first words as a slug, then a hash of all of it.
 *
 * @example
 * idForText('we will open the north gate at dawn') // 'we-will-open-the-north-<hash>'
 */
export function idForText(normalized: string, words = 5): string {
	// Cut before the slug is made, so a 40 KB "word" costs no more than its first characters.
	const slug = cutSlug(
		toSlug(
			normalized
				.split(' ', words)
				.join(' ')
				.slice(0, MAX_SLUG * 2),
		),
	);
	const hash = hashText(normalized).slice(0, 7);
	return slug ? `${slug}-${hash}` : hash;
}

/** A slug of at most MAX_SLUG characters, cut at its last hyphen within the limit when there is one. */
function cutSlug(slug: string): string {
	if (slug.length <= MAX_SLUG) return slug;
	const cut = slug.slice(0, MAX_SLUG);
	const hyphen = cut.lastIndexOf('-');
	return hyphen > MAX_SLUG / 2 ? cut.slice(0, hyphen) : cut;
}

/** Latin letters and digits of a text, accents dropped, joined by hyphens; '' when none. */
function toSlug(text: string): string {
	return stripAccents(text)
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
