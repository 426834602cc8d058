import { readFileSync } from 'node:fs';

/**
 * The version of incident-kit: package.json's, written into the bundle by rollup.config.js
 * (which replaces the placeholder below), and read from package.json when run from source.
 */
const BUNDLED = "0.1.0";
function version() {
    if (!BUNDLED.startsWith('__'))
        return BUNDLED;
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    return pkg.version;
}
const versionCommand = {
    name: 'version',
    summary: 'print the version of incident-kit (also --version)',
    usage: 'incident-kit version',
    async run(_args, io) {
        io.stdout.write(`incident-kit ${version()}\n`);
        return 0;
    }
};

export { version, versionCommand };
