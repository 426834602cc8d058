#!/usr/bin/env node
// The README's pictures: the dashboard of the simulated incident as it stood at a moment,
// rendered by GitHub's GFM renderer (the Debian package cmark-gfm) and photographed by a headless
// Chromium (the Debian package chromium). GitHub's own stylesheet is approximated; alerts
// (`> [!CAUTION]`), which GitHub draws itself, are drawn the same way here.
//
//   node scripts/screenshots.mjs     # writes docs/dashboard-*.png (needs dist/ built)
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const SHOTS = [
  { name: 'dashboard-opened', until: '2026-11-22T09:20:00Z', height: 1250 },
  { name: 'dashboard-investigation', until: '2026-11-22T14:10:00Z', height: 1250 }
]

const CSS = `
body { font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; margin: 0; background: #fff; }
main { max-width: 860px; margin: 16px auto; border: 1px solid #d1d9e0; border-radius: 6px; padding: 8px 24px; }
h1 { font-size: 2em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; } h3 { font-size: 1.25em; }
table { border-collapse: collapse; margin: 0 0 16px; } th, td { border: 1px solid #d1d9e0; padding: 6px 13px; } tr:nth-child(2n) { background: #f6f8fa; }
code { background: #818b981f; border-radius: 6px; padding: .2em .4em; font: 85% ui-monospace, SFMono-Regular, Menlo, monospace; }
blockquote { margin: 0 0 16px; padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
.alert { padding: 8px 16px; margin-bottom: 16px; border-left: .25em solid; } .alert p { margin: 4px 0; }
.alert-title { font-weight: 600; } .alert-caution { border-color: #cf222e; } .alert-caution .alert-title { color: #d1242f; }
.alert-note { border-color: #0969da; } .alert-note .alert-title { color: #0969da; } .alert-warning { border-color: #9a6700; } .alert-warning .alert-title { color: #9a6700; }
details { margin-bottom: 16px; } summary { cursor: pointer; } sub { color: #59636e; }
`

/** GitHub draws `> [!KIND]` block quotes as coloured alerts; cmark-gfm leaves them as quotes. */
function alerts(html) {
  return html.replace(/<blockquote>\n<p>\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\n?([\s\S]*?)<\/blockquote>/g, (_, kind, rest) => {
    const title = kind[0] + kind.slice(1).toLowerCase()
    return `<div class="alert alert-${kind.toLowerCase()}"><p class="alert-title">${title}</p><p>${rest}</div>`
  })
}

function dashboardOf(transcript) {
  const m = /^### Comment by github-actions\[bot\] \(dashboard\)\n\n([\s\S]*?)\n\n---\n/m.exec(transcript)
  if (!m) throw new Error('no dashboard in the transcript')
  return m[1]
}

const dir = mkdtempSync(join(tmpdir(), 'ik-shots-'))
try {
  for (const shot of SHOTS) {
    const transcriptFile = join(dir, `${shot.name}.md`)
    execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'simulate', '--until', shot.until, '--out', transcriptFile], { stdio: 'ignore' })
    const markdown = dashboardOf(readFileSync(transcriptFile, 'utf8'))
    const body = execFileSync('cmark-gfm', ['--unsafe', '-e', 'table', '-e', 'tasklist', '-e', 'autolink', '-e', 'strikethrough'], {
      input: markdown
    }).toString()
    const page = join(dir, `${shot.name}.html`)
    writeFileSync(page, `<!doctype html><meta charset="utf-8"><style>${CSS}</style><main>${alerts(body)}</main>`)
    const png = join(root, 'docs', `${shot.name}.png`)
    execFileSync(
      'chromium',
      ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', `--window-size=900,${shot.height}`, `--screenshot=${png}`, `file://${page}`],
      {
        stdio: 'ignore'
      }
    )
    console.log(`${png}: the dashboard at ${shot.until}`)
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
