#!/usr/bin/env node
// The floor for one event: a trivial "action" that makes the very same GitHub requests as a real
// run (method, path, query and body, in order, recorded from it by bench/latency.mjs) with plain
// fetch, one after another, reading each answer. Nothing else: no bundle, no config, no decisions.
//
//   GITHUB_API_URL=... BENCH_REQUESTS=requests.json node bench/trivial-action.mjs
import { readFileSync } from 'node:fs'

const base = process.env.GITHUB_API_URL
const requests = JSON.parse(readFileSync(process.env.BENCH_REQUESTS, 'utf8'))
for (const r of requests) {
  const query = Object.keys(r.query ?? {}).length ? `?${new URLSearchParams(r.query)}` : ''
  const response = await fetch(`${base}${r.path}${query}`, {
    method: r.method,
    headers: {
      authorization: 'token ghs_bench',
      accept: 'application/vnd.github+json',
      'content-type': 'application/json',
      'user-agent': 'incident-kit-bench'
    },
    ...(r.body === undefined ? {} : { body: JSON.stringify(r.body) })
  })
  await response.arrayBuffer()
  if (response.status >= 500) throw new Error(`${r.method} ${r.path}: ${response.status}`)
}
