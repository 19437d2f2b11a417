/** Where a command writes. The real one is the terminal; tests collect the lines. */
export type Io = {
  out(text: string): void
  err(text: string): void
  /**
   * Rewrites the last line of the terminal's error stream (a progress bar); `isLast` ends the
   * line. Only on a terminal: elsewhere commands print whole lines with `err`.
   */
  redraw?: (text: string, isLast: boolean) => void
}

export const terminalIo: Io = {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
  ...(process.stderr.isTTY
    ? {
        redraw: (text: string, isLast: boolean) =>
          process.stderr.write(`\r\u001b[K${text}${isLast ? '\n' : ''}`),
      }
    : {}),
}
