/**
 * What the articles folder may hold. scripts/build-records.ts looks at each entry (without
 * following it) and names its kind; only a regular file inside the folder is ever read.
 */

/** The kind of one folder entry that is not read. */
export type RefusedEntry = 'hidden' | 'folder' | 'fifo' | 'socket' | 'device' | 'link-outside' | 'link-broken' | 'bad-name' | 'not-regular';

const problems: Readonly<Record<RefusedEntry, string>> = {
	hidden: 'a hidden file (its name starts with a dot); not read',
	folder: 'a folder, not a file; folders inside the articles folder are not read',
	fifo: 'a named pipe, not a file; not read (reading it could wait forever)',
	socket: 'a socket, not a file; not read',
	device: 'a device, not a file; not read',
	'link-outside': 'a symbolic link to outside the folder; only files inside the articles folder are read',
	'link-broken': 'a symbolic link that points to nothing; not read',
	'bad-name': 'its name is not valid UTF-8, so it cannot be named in the records; rename it',
	'not-regular': 'not a regular file; not read',
};

/**
 * The one-line problem for an entry that is not read.
 *
 * @example
 * refusedEntryProblem('fifo') // 'a named pipe, not a file; not read (reading it could wait forever)'
 */
export function refusedEntryProblem(kind: RefusedEntry): string {
	return problems[kind];
}
