// Generates the event exports of examples/measure/ (a forum export and CRM touches) with a
// fixed seed, so the example's figures are the same on every machine. Run:
//   node scripts/generate-measure-example.mjs
// The data is made up: members and accounts are salted hashes of invented ids.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const folder = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'measure', 'data');
mkdirSync(folder, { recursive: true });

// mulberry32: a small PRNG with a fixed seed.
let seed = 20260701;
function random() {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = list => list[Math.floor(random() * list.length)];
const hash = id => createHash('sha256').update(`example-salt:${id}`).digest('hex').slice(0, 16);
const start = Date.UTC(2026, 6, 1);
const days = 123; // July to October 2026
const time = offsetDays => new Date(start + Math.floor(offsetDays * 86_400_000)).toISOString().replace('.000Z', 'Z');

const members = Array.from({ length: 40 }, (_, i) => ({ id: hash(`member-${i}`), consent: random() > 0.1, activity: 0.2 + random() }));
const forum = [['occurred_at', 'member_hash', 'kind', 'analytics_ok', 'thread_id', 'points']];
let thread = 0;
for (let day = 0; day < days; day++) {
    for (const member of members) {
        if (random() > 0.12 * member.activity) continue;
        const at = day + random();
        const kind = pick(['post', 'reply', 'reply', 'reply', 'reaction', 'accepted']);
        // Replies were exported as `answer` until the taxonomy's version 2 (mid-August).
        const name = kind === 'reply' && day < 45 ? 'answer' : kind;
        const threadId = kind === 'post' ? `t${++thread}` : random() < 0.05 ? '' : `t${1 + Math.floor(random() * Math.max(thread, 1))}`;
        forum.push([time(at), member.id, name, member.consent ? pick(['true', 'yes', '1']) : 'false', threadId, String(1 + Math.floor(random() * 5))]);
    }
}
forum.sort((a, b) => (a === forum[0] ? -1 : b === forum[0] ? 1 : a[0].localeCompare(b[0])));
const half = Math.ceil(forum.length / 2);
writeFileSync(
    join(folder, 'forum-2026a.csv'),
    forum
        .slice(0, half)
        .map(row => row.join(','))
        .join('\n') + '\n'
);
writeFileSync(join(folder, 'forum-2026b.csv'), [forum[0], ...forum.slice(half)].map(row => row.join(',')).join('\n') + '\n');

const accounts = Array.from({ length: 16 }, (_, i) => hash(`account-${i}`));
const crm = [['at', 'account_hash', 'kind', 'consent', 'amount']];
for (const account of accounts) {
    const renewal = 30 + random() * (days - 31);
    for (let touch = 0; touch < 1 + Math.floor(random() * 4); touch++) {
        crm.push([
            time(Math.max(0, renewal - 1 - random() * 80)),
            account,
            pick(['community_answer', 'meetup', 'webinar', 'email']),
            random() > 0.05 ? 'true' : 'false',
            ''
        ]);
    }
    crm.push([time(renewal), account, 'renewal', 'true', String(1000 * (2 + Math.floor(random() * 9)))]);
}
crm.sort((a, b) => (a === crm[0] ? -1 : b === crm[0] ? 1 : a[0].localeCompare(b[0])));
writeFileSync(join(folder, 'crm-touches.csv'), crm.map(row => row.join(',')).join('\n') + '\n');
console.log(`wrote ${forum.length - 1} forum events and ${crm.length - 1} CRM touches to ${folder}`);
