import type { Io } from '../../src/cli/io.js'

/** An Io for running the command line in a test: it keeps what each stream was given. */
export function captureIo(): { io: Io; out: string[]; err: string[] } {
  const out: string[] = []
  const err: string[] = []
  return {
    io: { out: (text: string) => out.push(text), err: (text: string) => err.push(text) },
    out,
    err,
  }
}
