import { readFileSync } from 'node:fs';

/**
 * The file names in a zip archive (a .vsix is one), read from its central directory:
 * find the end-of-central-directory record, then walk the entries.
 */
export function zipEntries(path: string): string[] {
    const zip = readFileSync(path);
    let end = -1;
    for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i--) {
        if (zip.readUInt32LE(i) === 0x06054b50) {
            end = i;
            break;
        }
    }
    if (end < 0) throw new Error(`${path} is not a zip file`);
    const count = zip.readUInt16LE(end + 10);
    let offset = zip.readUInt32LE(end + 16);
    const names: string[] = [];
    for (let n = 0; n < count; n++) {
        if (zip.readUInt32LE(offset) !== 0x02014b50) throw new Error(`bad central directory entry ${n} in ${path}`);
        const nameLength = zip.readUInt16LE(offset + 28);
        const extraLength = zip.readUInt16LE(offset + 30);
        const commentLength = zip.readUInt16LE(offset + 32);
        names.push(zip.toString('utf8', offset + 46, offset + 46 + nameLength));
        offset += 46 + nameLength + extraLength + commentLength;
    }
    return names;
}
