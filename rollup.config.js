// Bundles the action (dist/index.js) and the CLI (dist/cli.js) into self-contained ESM files.
// `node bench/bundle.mjs` lists what each bundle is made of, package by package.
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'
import { chmodSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import Handlebars from 'handlebars'

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'))

/** package.json's version written into the bundle (src/cli/version.ts reads package.json only from source). */
const versionPlugin = () => ({
  name: 'incident-kit-version',
  transform(code, id) {
    if (!id.endsWith('/src/cli/version.ts')) return null
    return { code: code.replace("'__INCIDENT_KIT_VERSION__'", JSON.stringify(version)), map: null }
  }
})

/** dist/cli.js is run directly (`bin`, `./dist/cli.js`): keep it executable on every bundle. */
const executable = () => ({
  name: 'executable',
  writeBundle(options, bundle) {
    for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk' && chunk.isEntry) chmodSync(`${options.dir}/${chunk.fileName}`, 0o755)
  }
})

/**
 * Modules that are imported but never run by incident-kit, replaced by stand-ins so that what they
 * pull in stays out of the bundle. Each is checked by tests/unit/bundle.test.ts.
 *
 * - @actions/core's oidc-utils.js: only `core.getIDToken()` uses it (OIDC tokens for cloud
 *   logins); incident-kit never calls it. It imports @actions/http-client, which imports undici
 *   (~940 KiB, a third of the bundle, evaluated at load). The stand-in throws if it is ever called.
 * - source-map, required by handlebars' code generator only to emit source maps of compiled
 *   templates (when given a `srcName`, which we never pass). When the require finds no
 *   `SourceNode`, handlebars uses its own plain-string SourceNode: the compiled template is the same.
 */
const STUBS = {
  oidc: {
    matches: (source, importer) => source === './oidc-utils.js' && /[\\/]@actions[\\/]core[\\/]/.test(importer ?? ''),
    code: "export class OidcClient { static getIDToken() { return Promise.reject(new Error('core.getIDToken is not bundled with incident-kit')) } }\n"
  },
  'source-map': {
    matches: (source, importer) => source === 'source-map' && /[\\/]handlebars[\\/]/.test(importer ?? ''),
    code: 'export const SourceNode = undefined\nexport default {}\n'
  }
}

/**
 * src/comms/precompiled.ts in the bundle: every built-in template compiled here, once, with the
 * options src/comms/render.ts compiles with (COMPILE_OPTIONS there; render.ts ignores the
 * compiled forms if they differ). Checked by tests/unit/bundle.test.ts against the golden files.
 */
const COMPILE_OPTIONS = { strict: true, noEscape: true, preventIndent: true }
STUBS.precompiled = {
  matches: (source, importer) => source === './precompiled.js' && /[\\/]src[\\/]comms[\\/]render\.ts$/.test(importer ?? ''),
  get code() {
    const entries = readdirSync('templates')
      .filter((name) => name.endsWith('.hbs'))
      .sort()
      .map((name) => {
        const source = readFileSync(`templates/${name}`, 'utf8')
        return `  ${JSON.stringify(name)}: { source: ${JSON.stringify(source)}, spec: ${Handlebars.precompile(source, { ...COMPILE_OPTIONS })} }`
      })
    return `export const PRECOMPILED_OPTIONS = ${JSON.stringify(COMPILE_OPTIONS)}\nexport const PRECOMPILED = {\n${entries.join(',\n')}\n}\n`
  }
}

const stubs = () => ({
  name: 'incident-kit-stubs',
  resolveId(source, importer) {
    for (const [name, stub] of Object.entries(STUBS)) if (stub.matches(source, importer)) return `\0stub:${name}`
    return null
  },
  load(id) {
    return id.startsWith('\0stub:') ? STUBS[id.slice('\0stub:'.length).split('?')[0]].code : null
  }
})

const plugins = () => [
  stubs(),
  versionPlugin(),
  typescript({ tsconfig: 'tsconfig.build.json', outputToFilesystem: false }),
  nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
  commonjs(),
  json()
]

const onwarn = (warning, warn) => {
  // The toolkit and octokit use `this` at module top level and circular imports; both are harmless.
  if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY') return
  warn(warning)
}

/**
 * The CLI's chunks: once a build is written, a chunk it no longer makes is removed so it does not
 * linger in dist/. Only on write: `bench/bundle.mjs` builds in memory and must leave dist/ alone.
 */
const CLI_CHUNKS = 'cli-chunks'
const cleanCliChunks = () => ({
  name: 'incident-kit-clean-cli-chunks',
  writeBundle(options, bundle) {
    const dir = `${options.dir}/${CLI_CHUNKS}`
    for (const file of readdirSync(dir)) if (!bundle[`${CLI_CHUNKS}/${file}`]) rmSync(`${dir}/${file}`)
  }
})

export default [
  { input: 'src/index.ts', output: { file: 'dist/index.js', format: 'es', inlineDynamicImports: true }, plugins: plugins(), onwarn },
  // The CLI loads each command's code only when that command runs (src/cli/dispatch.ts): split into
  // dist/cli.js and the chunks it imports on demand.
  {
    input: 'src/cli.ts',
    output: {
      dir: 'dist',
      entryFileNames: 'cli.js',
      chunkFileNames: 'cli-chunks/[name]-[hash].js',
      format: 'es',
      banner: (chunk) => (chunk.isEntry ? '#!/usr/bin/env node' : '')
    },
    plugins: [cleanCliChunks(), ...plugins(), executable()],
    onwarn
  }
]
