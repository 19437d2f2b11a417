#!/usr/bin/env node
// The `osaamo` command. It runs the TypeScript sources through tsx, so no build step is needed.
const [major] = process.versions.node.split('.').map(Number)
if (major < 24) {
  console.error(
    `osaamo: Node.js 24 or later is needed, but this is ${process.version}. Run it through npm (npm start, npx osaamo …), which uses the project's own Node 24.`,
  )
  process.exit(3)
}
const { register } = await import('tsx/esm/api')
register()
await import('../src/cli/main.ts')
