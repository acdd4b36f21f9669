/**
 * Hashes of text: deterministic on every machine, not cryptographic. Both are FNV-1a
 * (http://www.isthe.com/chongo/tech/comp/fnv/): one lane as a number for features that are only
 * compared, two lanes in base 36 for ids that are shown.
 */

/**
 * A 32-bit FNV-1a hash, for features that only need to be compared, never shown.
 *
 * @example
 * hash32('open the gates') === hash32('open the gates') // true
 */
export function hash32(text: string): number {
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
	return hash >>> 0;
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
