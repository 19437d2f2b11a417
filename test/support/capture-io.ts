import type { Io } from '../../src/cli/io.js'
import { runCli } from '../../src/cli/program.js'

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

/** Runs `osaamo <argv>` in-process and answers the exit code and each stream as one text. */
export async function runOsaamo(
  ...argv: string[]
): Promise<{ exitCode: number; out: string; err: string }> {
  const { io, out, err } = captureIo()
  const exitCode = await runCli(argv, io)
  return { exitCode, out: out.join('\n'), err: err.join('\n') }
}
