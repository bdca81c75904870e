import type { Stats } from 'node:fs';

/**
 * Whether the file's mode lets whoever runs cop write it. Checked by hand because an atomic
 * write replaces the file by a rename, which needs permission on the folder only: a
 * read-only plan would be replaced by anyone allowed to write the folder, and by root always.
 * Root gets no exception here: a file with no write bit at all is not written by anyone.
 */
export function modeAllowsWriting(stats: Stats, uid = process.getuid?.(), groups = process.getgroups?.() ?? []): boolean {
    const mode = stats.mode;
    if (uid === undefined) return (mode & 0o200) !== 0; // Windows: the read-only attribute clears every write bit
    if (uid === 0) return (mode & 0o222) !== 0;
    if (stats.uid === uid) return (mode & 0o200) !== 0;
    if (groups.includes(stats.gid)) return (mode & 0o020) !== 0;
    return (mode & 0o002) !== 0;
}

/** `rw-r--r--` for a mode, as `ls -l` shows it. */
export function modeText(mode: number): string {
    const bits = 'rwxrwxrwx';
    return [...bits].map((ch, i) => (mode & (0o400 >> i) ? ch : '-')).join('');
}
