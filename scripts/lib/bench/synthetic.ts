/**
 * Synthetic article clusters for the benchmark: seeded, so every run measures the same
 * text. Each article is a headline and ~500 words of paragraphs; quotations are planted
 * from a pool of utterances, as exact copies, translation-like rewordings or fragments,
 * and the truth of which planted utterance each quotation came from is returned with them.
 */
import { seededRandom } from '../../../src/lib/text/random.ts';

/** One generated article file and the planted utterance behind each of its quotations, in order. */
export interface SyntheticArticle {
	file: string;
	text: string;
	/** For each quotation in reading order: the planted utterance's index, or -1 for a unique one. */
	planted: number[];
}

const FUNCTION_WORDS = 'the of and to in a that for on with as by at from it was is has would will said after before over its their'.split(
	' ',
);
const SYLLABLES = 'ba ke ri mo tu sa len dor vik pra nes tol gur fen mar ost ula zei rin kov das pel tir ham'.split(' ');

/** Generate `count` articles with planted shared quotations. */
export function syntheticCluster(count: number, seed = 1): SyntheticArticle[] {
	const random = seededRandom(seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
	const vocabulary = Array.from({ length: 6000 }, () => word(random, pick));
	const speakers = Array.from({ length: 40 }, () => `${capital(word(random, pick))} ${capital(word(random, pick))}`);
	const content = () => vocabulary[Math.floor(random() ** 2 * vocabulary.length)] ?? 'word';
	const words = (length: number) => Array.from({ length }, () => (random() < 0.35 ? pick(FUNCTION_WORDS) : content()));
	const pool = Array.from({ length: Math.max(4, Math.round(count / 4)) }, () => ({
		words: words(12 + Math.floor(random() * 9)),
		speaker: pick(speakers),
	}));

	return Array.from({ length: count }, (_unused, index) => {
		const planted: number[] = [];
		const paragraphs: string[] = [];
		let length = 0;
		while (length < 480) {
			const sentence = `${capital(words(14 + Math.floor(random() * 10)).join(' '))}.`;
			if (random() < 0.45) {
				const source = random() < 0.75 ? Math.floor(random() * pool.length) : -1;
				const utterance = source >= 0 ? pool[source] : { words: words(10 + Math.floor(random() * 8)), speaker: pick(speakers) };
				const quoted = source >= 0 ? vary(utterance?.words ?? [], random, content) : (utterance?.words ?? []);
				planted.push(source);
				paragraphs.push(`${sentence} “${capital(quoted.join(' '))},” ${utterance?.speaker} said.`);
			} else {
				paragraphs.push(`${sentence} ${capital(words(10 + Math.floor(random() * 8)).join(' '))}.`);
			}
			length += paragraphs.at(-1)?.split(' ').length ?? 0;
		}
		const headline = capital(words(9).join(' '));
		return { file: `${String(index).padStart(5, '0')}.txt`, text: `${headline}\n\n${paragraphs.join('\n\n')}\n`, planted };
	});
}

/** An exact copy, a translation-like rewording (a quarter of content words swapped), or a fragment. */
function vary(words: readonly string[], random: () => number, content: () => string): string[] {
	const roll = random();
	if (roll < 0.5) return [...words];
	if (roll < 0.8) return words.map((word) => (!FUNCTION_WORDS.includes(word) && random() < 0.25 ? content() : word));
	const length = 6 + Math.floor(random() * 4);
	const start = Math.floor(random() * Math.max(1, words.length - length));
	return words.slice(start, start + length);
}

function word(random: () => number, pick: (items: readonly string[]) => string): string {
	const syllables = 2 + Math.floor(random() * 2);
	return Array.from({ length: syllables }, () => pick(SYLLABLES)).join('');
}

function capital(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
