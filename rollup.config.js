// Bundles the action (dist/index.js) and the CLI (dist/cli.js) into self-contained ESM files.
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'
import { chmodSync, readFileSync } from 'node:fs'

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
  writeBundle(options) {
    chmodSync(options.file, 0o755)
  }
})

const plugins = () => [
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

export default [
  { input: 'src/index.ts', output: { file: 'dist/index.js', format: 'es', inlineDynamicImports: true }, plugins: plugins(), onwarn },
  {
    input: 'src/cli.ts',
    output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node', inlineDynamicImports: true },
    plugins: [...plugins(), executable()],
    onwarn
  }
]
