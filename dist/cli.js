#!/usr/bin/env node
/**
 * Curated word lists for codenames: calm, everyday words, so that a codename overheard in a
 * corridor says nothing about a security incident. 128 x 128 = 16,384 names per cycle.
 */
const ADJECTIVES = [
    'amber', 'ample', 'aqua', 'arctic', 'ashen', 'autumn', 'azure', 'balmy', 'bashful', 'beige',
    'blithe', 'bold', 'brave', 'breezy', 'bright', 'bubbly', 'bronze', 'calm', 'candid', 'cheery',
    'chilly', 'citrus', 'clever', 'cloudy', 'coastal', 'copper', 'coral', 'cosmic', 'cozy', 'crisp',
    'curious', 'dapper', 'dawn', 'deft', 'dewy', 'dusky', 'eager', 'early', 'earthy', 'easy',
    'elfin', 'emerald', 'even', 'fancy', 'fern', 'fleet', 'floral', 'fluffy', 'foggy', 'frosty',
    'gentle', 'giddy', 'gilded', 'glad', 'golden', 'grand', 'granite', 'grassy', 'hazel', 'hearty',
    'honey', 'humble', 'icy', 'indigo', 'ivory', 'jade', 'jaunty', 'jolly', 'jovial', 'kind',
    'lavender', 'lemon', 'lilac', 'lively', 'lucky', 'lunar', 'maple', 'marble', 'mellow', 'merry',
    'mild', 'minty', 'misty', 'modest', 'mossy', 'nimble', 'noble', 'oaken', 'ocean', 'olive',
    'opal', 'pastel', 'peach', 'pearl', 'pine', 'plucky', 'plum', 'polar', 'polite', 'quiet',
    'rosy', 'royal', 'ruby', 'rustic', 'saffron', 'sage', 'sandy', 'satin', 'scarlet', 'silver',
    'sleepy', 'snowy', 'solar', 'spring', 'steady', 'sunny', 'swift', 'tidy', 'topaz', 'tranquil',
    'velvet', 'vivid', 'woolly', 'wintry', 'windy', 'wise', 'witty', 'zesty'
];
const NOUNS = [
    'acorn', 'albatross', 'alpaca', 'anchor', 'antelope', 'apricot', 'aspen', 'badger', 'bagel', 'banjo',
    'basil', 'beacon', 'beaver', 'bison', 'blossom', 'bluebell', 'bramble', 'breeze', 'brook', 'buffalo',
    'butterfly', 'cactus', 'camel', 'canoe', 'canyon', 'cardinal', 'cello', 'cheetah', 'chestnut', 'cinnamon',
    'clover', 'comet', 'compass', 'cottage', 'coyote', 'crane', 'cricket', 'cypress', 'daisy', 'dolphin',
    'dune', 'eagle', 'falcon', 'feather', 'ferret', 'fig', 'finch', 'fjord', 'flamingo', 'gazelle',
    'gecko', 'geyser', 'ginger', 'giraffe', 'glacier', 'harbor', 'hazelnut', 'hedgehog', 'heron', 'hummingbird',
    'ibis', 'iris', 'island', 'jasmine', 'kayak', 'kestrel', 'kettle', 'kite', 'koala', 'lagoon',
    'lantern', 'lark', 'lemur', 'lighthouse', 'llama', 'lotus', 'lynx', 'magnolia', 'mallard', 'mango',
    'meadow', 'meerkat', 'mesa', 'mongoose', 'moose', 'narwhal', 'nectar', 'nutmeg', 'oasis', 'orchard',
    'orchid', 'otter', 'owl', 'panda', 'pangolin', 'parrot', 'pebble', 'pelican', 'penguin', 'pepper',
    'pinecone', 'puffin', 'quail', 'quokka', 'raccoon', 'raven', 'reef', 'robin', 'sorrel', 'salmon',
    'sapphire', 'seal', 'sparrow', 'spruce', 'squirrel', 'starling', 'sunflower', 'swan', 'teapot', 'thistle',
    'tortoise', 'toucan', 'tulip', 'unicorn', 'walnut', 'walrus', 'willow', 'zebra'
];

/**
 * Innocuous codenames ("sapphire-unicorn") for incidents.
 *
 * A codename is a pure function of (repository id, issue number): identical on every re-run,
 * and unique within the repository without reading any other issue. The issue number indexes a
 * permutation of all adjective x noun pairs, so two issues of one repository never share a name
 * until the pairs run out; after that a cycle number is appended ("sapphire-unicorn-2").
 */
const DEFAULT_WORDS = { adjectives: ADJECTIVES, nouns: NOUNS };
/** The codename of issue `issueNumber` (1-based) in the repository with id `repoId`. */
function codenameFor(repoId, issueNumber, words = DEFAULT_WORDS) {
    if (!Number.isInteger(issueNumber) || issueNumber < 1)
        throw new RangeError(`issue number must be a positive integer, got ${issueNumber}`);
    const size = words.adjectives.length * words.nouns.length;
    const index = issueNumber - 1;
    const cycle = Math.floor(index / size);
    const slot = permute(index % size, size, seedOf(repoId, size));
    const adjective = words.adjectives[Math.floor(slot / words.nouns.length)];
    const noun = words.nouns[slot % words.nouns.length];
    return cycle === 0 ? `${adjective}-${noun}` : `${adjective}-${noun}-${cycle + 1}`;
}
/** A bijection on [0, size): multiply by a stride coprime with size, then shift by the repo's seed. */
function permute(index, size, seed) {
    return (index * strideFor(size) + seed) % size;
}
/** The first prime-ish stride near 0.618 * size that shares no factor with size (so every slot is hit once). */
function strideFor(size) {
    let stride = Math.max(1, Math.floor(size * 0.6180339887));
    while (gcd(stride, size) !== 1)
        stride++;
    return stride;
}
function gcd(a, b) {
    while (b !== 0)
        [a, b] = [b, a % b];
    return a;
}
/** Spreads repository ids so neighbouring repositories start at unrelated names. */
function seedOf(repoId, size) {
    let h = 2166136261;
    for (const ch of String(repoId)) {
        h ^= ch.charCodeAt(0);
        h = Math.imul(h, 16777619) >>> 0;
    }
    return h % size;
}

/** `incident-kit codename`: print the codename an issue gets (the same function the action uses). */
const codenameCommand = {
    name: 'codename',
    summary: 'print the codename of an issue number (or a few examples)',
    usage: 'incident-kit codename [ISSUE_NUMBER] [--repo-id ID]',
    async run(args, io) {
        let repoId = 0;
        const numbers = [];
        for (let i = 0; i < args.length; i++) {
            const arg = args[i];
            if (arg === '--repo-id') {
                const v = Number(args[++i]);
                if (!Number.isInteger(v) || v < 0) {
                    io.stderr.write(`codename: --repo-id expects a whole number, got "${args[i] ?? ''}"\n`);
                    return 2;
                }
                repoId = v;
            }
            else if (/^[1-9][0-9]*$/.test(arg))
                numbers.push(Number(arg));
            else {
                io.stderr.write(`codename: "${arg}" is not an issue number\nusage: ${this.usage}\n`);
                return 2;
            }
        }
        for (const n of numbers.length ? numbers : [1, 2, 3])
            io.stdout.write(`${numbers.length ? '' : `#${n} `}${codenameFor(repoId, n)}\n`);
        return 0;
    }
};

const COMMANDS = [codenameCommand];
async function runCli(argv, io, commands = COMMANDS) {
    const [name, ...rest] = argv;
    if (!name || name === 'help' || name === '--help' || name === '-h') {
        io.stdout.write(`incident-kit: security-incident response inside GitHub\n\ncommands:\n${commands.map((c) => `  ${c.usage}\n      ${c.summary}`).join('\n')}\n`);
        return name ? 0 : 2;
    }
    const command = commands.find((c) => c.name === name);
    if (!command) {
        io.stderr.write(`incident-kit: unknown command "${name}" (try: ${commands.map((c) => c.name).join(', ')})\n`);
        return 2;
    }
    try {
        return await command.run(rest, io);
    }
    catch (error) {
        io.stderr.write(`incident-kit ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
        return 1;
    }
}

/**
 * `incident-kit` from a terminal: the same code as the action, no GitHub needed.
 * Each command lives beside its domain; this file only dispatches.
 */
process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
