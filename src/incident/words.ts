/**
 * Curated word lists for codenames: calm, everyday words, so that a codename overheard in a
 * corridor says nothing about a security incident. 128 x 128 = 16,384 names per cycle.
 */
export const ADJECTIVES = [
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
]

export const NOUNS = [
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
]

/**
 * Words (and stems) a codename must never contain: alarming, violent or incident-sounding.
 * The lists above are tested against it, and so are user-supplied lists.
 */
export const DENYLIST = [
  'alarm', 'alert', 'attack', 'blood', 'bomb', 'breach', 'burn', 'crash', 'crisis', 'danger',
  'dead', 'death', 'die', 'doom', 'emergency', 'evil', 'exploit', 'fail', 'fire', 'flame',
  'gun', 'hack', 'hostile', 'incident', 'infect', 'kill', 'leak', 'malware', 'murder', 'panic',
  'phish', 'poison', 'ransom', 'risk', 'security', 'shoot', 'steal', 'stolen', 'terror', 'theft',
  'threat', 'toxic', 'trojan', 'virus', 'war', 'weapon', 'worm', 'wound', 'zombie'
]

/** Denied stems found in a word, e.g. "wildfire" -> ["fire"]. */
export function deniedStemsIn(word: string): string[] {
  return DENYLIST.filter((stem) => word.includes(stem))
}
