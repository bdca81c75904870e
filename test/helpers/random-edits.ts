import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Random } from './prng.js';

/** The paths of every plan in examples/, nested folders included. */
export function examplePlans(folder = resolve(import.meta.dirname, '../../examples')): string[] {
    return readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) return examplePlans(path);
        return entry.name.endsWith('.cop') ? [path] : [];
    });
}

/** One random edit of the kind typed or pasted: a character, a word, a line, a block. */
export function randomEdit(text: string, random: Random): string {
    const lines = text.split('\n');
    const line = random.int(lines.length);
    const offset = random.int(text.length + 1);
    switch (random.int(10)) {
        case 0:
            return text.slice(0, offset) + random.pick(['a', ' ', '\n', '}', '{', '"', '1', '/', '.']) + text.slice(offset);
        case 1:
            return text.slice(0, offset) + text.slice(offset + 1 + random.int(20));
        case 2:
            lines.splice(line, 1);
            return lines.join('\n');
        case 3:
            lines.splice(line, 0, lines[random.int(lines.length)]);
            return lines.join('\n');
        case 4:
            return text.replace(/\d/g, digit => (random.chance(0.02) ? String((Number(digit) + 1) % 10) : digit));
        case 5:
            lines.splice(line, 0, random.pick(['indicator New "A new one" {', '    unit count', '}', '', '// a note', '/* a block', 'comment */']));
            return lines.join('\n');
        case 6:
            lines.splice(line, 0, `indicator Extra${random.int(1000)} "Added" {\n    unit count\n    data "Survey"\n}`);
            return lines.join('\n');
        case 7: {
            const other = random.int(lines.length);
            [lines[line], lines[other]] = [lines[other], lines[line]];
            return lines.join('\n');
        }
        case 8:
            lines[line] = `${lines[line]} // trailing`;
            return lines.join('\n');
        default: {
            // Retype a line as it would be typed: a character at a time, from the start.
            const at = random.int(lines[line].length + 1);
            lines[line] = lines[line].slice(0, at);
            return lines.join('\n');
        }
    }
}
