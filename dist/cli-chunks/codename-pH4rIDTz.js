/**
 * Curated word lists for codenames: calm, everyday words, so that a codename overheard in a
 * corridor says nothing about a security incident. 128 x 128 = 16,384 names per cycle.
 */
const ADJECTIVES = [
    'amber',
    'ample',
    'aqua',
    'arctic',
    'ashen',
    'autumn',
    'azure',
    'balmy',
    'bashful',
    'beige',
    'blithe',
    'bold',
    'brave',
    'breezy',
    'bright',
    'bubbly',
    'bronze',
    'calm',
    'candid',
    'cheery',
    'chilly',
    'citrus',
    'clever',
    'cloudy',
    'coastal',
    'copper',
    'coral',
    'cosmic',
    'cozy',
    'crisp',
    'curious',
    'dapper',
    'dawn',
    'deft',
    'dewy',
    'dusky',
    'eager',
    'early',
    'earthy',
    'easy',
    'elfin',
    'emerald',
    'even',
    'fancy',
    'fern',
    'fleet',
    'floral',
    'fluffy',
    'foggy',
    'frosty',
    'gentle',
    'giddy',
    'gilded',
    'glad',
    'golden',
    'grand',
    'granite',
    'grassy',
    'hazel',
    'hearty',
    'honey',
    'humble',
    'icy',
    'indigo',
    'ivory',
    'jade',
    'jaunty',
    'jolly',
    'jovial',
    'kind',
    'lavender',
    'lemon',
    'lilac',
    'lively',
    'lucky',
    'lunar',
    'maple',
    'marble',
    'mellow',
    'merry',
    'mild',
    'minty',
    'misty',
    'modest',
    'mossy',
    'nimble',
    'noble',
    'oaken',
    'ocean',
    'olive',
    'opal',
    'pastel',
    'peach',
    'pearl',
    'pine',
    'plucky',
    'plum',
    'polar',
    'polite',
    'quiet',
    'rosy',
    'royal',
    'ruby',
    'rustic',
    'saffron',
    'sage',
    'sandy',
    'satin',
    'scarlet',
    'silver',
    'sleepy',
    'snowy',
    'solar',
    'spring',
    'steady',
    'sunny',
    'swift',
    'tidy',
    'topaz',
    'tranquil',
    'velvet',
    'vivid',
    'woolly',
    'wintry',
    'windy',
    'wise',
    'witty',
    'zesty'
];
const NOUNS = [
    'acorn',
    'albatross',
    'alpaca',
    'anchor',
    'antelope',
    'apricot',
    'aspen',
    'badger',
    'bagel',
    'banjo',
    'basil',
    'beacon',
    'beaver',
    'bison',
    'blossom',
    'bluebell',
    'bramble',
    'breeze',
    'brook',
    'buffalo',
    'butterfly',
    'cactus',
    'camel',
    'canoe',
    'canyon',
    'cardinal',
    'cello',
    'cheetah',
    'chestnut',
    'cinnamon',
    'clover',
    'comet',
    'compass',
    'cottage',
    'coyote',
    'crane',
    'cricket',
    'cypress',
    'daisy',
    'dolphin',
    'dune',
    'eagle',
    'falcon',
    'feather',
    'ferret',
    'fig',
    'finch',
    'fjord',
    'flamingo',
    'gazelle',
    'gecko',
    'geyser',
    'ginger',
    'giraffe',
    'glacier',
    'harbor',
    'hazelnut',
    'hedgehog',
    'heron',
    'hummingbird',
    'ibis',
    'iris',
    'island',
    'jasmine',
    'kayak',
    'kestrel',
    'kettle',
    'kite',
    'koala',
    'lagoon',
    'lantern',
    'lark',
    'lemur',
    'lighthouse',
    'llama',
    'lotus',
    'lynx',
    'magnolia',
    'mallard',
    'mango',
    'meadow',
    'meerkat',
    'mesa',
    'mongoose',
    'moose',
    'narwhal',
    'nectar',
    'nutmeg',
    'oasis',
    'orchard',
    'orchid',
    'otter',
    'owl',
    'panda',
    'pangolin',
    'parrot',
    'pebble',
    'pelican',
    'penguin',
    'pepper',
    'pinecone',
    'puffin',
    'quail',
    'quokka',
    'raccoon',
    'raven',
    'reef',
    'robin',
    'sorrel',
    'salmon',
    'sapphire',
    'seal',
    'sparrow',
    'spruce',
    'squirrel',
    'starling',
    'sunflower',
    'swan',
    'teapot',
    'thistle',
    'tortoise',
    'toucan',
    'tulip',
    'unicorn',
    'walnut',
    'walrus',
    'willow',
    'zebra'
];
/**
 * Words (and stems) a codename must never contain: alarming, violent or incident-sounding.
 * The lists above are tested against it, and so are user-supplied lists.
 */
const DENYLIST = [
    'alarm',
    'alert',
    'attack',
    'blood',
    'bomb',
    'breach',
    'burn',
    'crash',
    'crisis',
    'danger',
    'dead',
    'death',
    'die',
    'doom',
    'emergency',
    'evil',
    'exploit',
    'fail',
    'fire',
    'flame',
    'gun',
    'hack',
    'hostile',
    'incident',
    'infect',
    'kill',
    'leak',
    'malware',
    'murder',
    'panic',
    'phish',
    'poison',
    'ransom',
    'risk',
    'security',
    'shoot',
    'steal',
    'stolen',
    'terror',
    'theft',
    'threat',
    'toxic',
    'trojan',
    'virus',
    'war',
    'weapon',
    'worm',
    'wound',
    'zombie'
];
/** Denied stems found in a word, e.g. "wildfire" -> ["fire"]. */
function deniedStemsIn(word) {
    return DENYLIST.filter((stem) => word.includes(stem));
}

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
/** Problems with a user's word lists: duplicates and alarming words. Empty when usable. */
function checkWordLists(words) {
    const problems = [];
    for (const [name, list] of [
        ['adjectives', words.adjectives],
        ['nouns', words.nouns]
    ]) {
        const seen = new Set();
        for (const word of list) {
            if (seen.has(word))
                problems.push(`codename.${name}: "${word}" is listed twice`);
            seen.add(word);
            const denied = deniedStemsIn(word);
            if (denied.length > 0)
                problems.push(`codename.${name}: "${word}" sounds alarming (contains "${denied.join('", "')}")`);
        }
    }
    return problems;
}
/** The word lists in effect for a config's `codename` key. */
function wordListsFrom(config) {
    return { adjectives: config.adjectives ?? ADJECTIVES, nouns: config.nouns ?? NOUNS };
}

export { checkWordLists as a, codenameFor as c, wordListsFrom as w };
