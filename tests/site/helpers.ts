/**
 * Shared by the site and browser tests: where things are, how to run a build, how to read a page.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const distDir = join(repoRoot, 'dist');
export const outputDir = join(repoRoot, 'tests', 'output');

const astroCli = join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');

/**
 * The environment a child build should see: ours without what Vitest injects. Vite-style
 * variables such as BASE_URL and MODE would otherwise override Astro's own import.meta.env.
 */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[name];
	for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
	return { ...env, ...extra };
}

/** Run a command in the repo root; throw with its output when it fails. */
export function run(command: string, args: string[], env: Record<string, string> = {}): string {
	const result = spawnSync(command, args, {
		cwd: repoRoot,
		env: childEnv(env),
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
	if (result.status !== 0) {
		throw new Error(`${command} ${args.join(' ')} exited ${result.status ?? result.signal}\n${output.slice(-4000)}`);
	}
	return output;
}

/** `npm run records -- --seeds <seeds> --out <out>`: the pipeline's public interface. */
export function buildRecords(seeds: string, out: string): string {
	return run('npm', ['run', '--silent', 'records', '--', '--seeds', seeds, '--out', out]);
}

/** `astro build` (Node 22, no check) from a records file into an output folder. */
export function buildSite(options: { records: string; outDir: string; cacheDir?: string; base?: string }): string {
	return run(process.execPath, [astroCli, 'build'], {
		CHORUS_RECORDS: options.records,
		CHORUS_OUT_DIR: options.outDir,
		BASE_PATH: options.base ?? '/',
		...(options.cacheDir === undefined ? {} : { CHORUS_CACHE_DIR: options.cacheDir }),
	});
}

/** Read a built file. */
export function readBuilt(dir: string, path: string): string {
	return readFileSync(join(dir, path), 'utf8');
}

/** Parse a built page into a DOM document. */
export function readPage(dir: string, path: string): Document {
	return parseHTML(readBuilt(dir, path)).document as unknown as Document;
}

/** Every attribute of every element whose name starts with "on" (inline event handlers). */
export function inlineHandlers(document: Document): string[] {
	return [...document.querySelectorAll('*')].flatMap((element) =>
		[...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `${element.tagName}[${attribute.name}]`),
	);
}

/** Every href or src that is not http(s), a same-site path or a fragment. */
export function unsafeUrls(document: Document): string[] {
	return [...document.querySelectorAll('[href], [src], [action], [formaction]')]
		.flatMap((element) => ['href', 'src', 'action', 'formaction'].map((name) => element.getAttribute(name)))
		.filter((value): value is string => value !== null)
		.filter((value) => !/^(https?:\/\/|\/|#)/i.test(value.trim()));
}

/** Every HTML file of a built site, as paths inside it (e.g. "articles/a/index.html"). */
export function listHtml(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((file) => file.split(sep).join('/'))
		.filter((file) => file.endsWith('.html'))
		.toSorted();
}

/**
 * The text a reader reads in an element: its textContent without the notes a page adds for
 * context (badges, "also in …" notes), which carry `data-annotation`.
 */
export function readingText(element: Element): string {
	const copy = element.cloneNode(true) as Element;
	for (const note of copy.querySelectorAll('[data-annotation]')) note.remove();
	return copy.textContent ?? '';
}

/**
 * Every internal link (href starting with the base path, or "#…") across the built site that
 * does not lead to an existing file, or names an id the target page does not have. Text
 * fragments (`#:~:text=`) are checked for their page only.
 */
export function brokenLinks(dir: string, base = '/'): string[] {
	const ids = new Map<string, Set<string>>();
	const idsOf = (path: string) => {
		if (!ids.has(path)) ids.set(path, new Set([...readPage(dir, path).querySelectorAll('[id]')].map((element) => element.id)));
		return ids.get(path)!;
	};
	const problems: string[] = [];
	for (const page of listHtml(dir)) {
		for (const element of readPage(dir, page).querySelectorAll('a[href], link[href]')) {
			const href = element.getAttribute('href') ?? '';
			if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue; // absolute URLs (canonical, og) are checked by their path elsewhere
			const [pathPart = '', rawFragment] = href.split('#', 2);
			let target = page;
			if (pathPart !== '') {
				if (!pathPart.startsWith(base)) {
					problems.push(`${page}: ${href} is outside ${base}`);
					continue;
				}
				const inside = decodeURIComponent(pathPart.slice(base.length));
				target = inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
				if (!existsSync(join(dir, target))) {
					problems.push(`${page}: ${href} -> no file ${target}`);
					continue;
				}
			}
			const fragment = decodeURIComponent((rawFragment ?? '').split(':~:')[0] ?? '');
			if (fragment !== '' && target.endsWith('.html') && !idsOf(target).has(fragment))
				problems.push(`${page}: ${href} -> no id "${fragment}"`);
		}
	}
	return problems;
}
