/** Where a command writes. The real one is the terminal; tests collect the lines. */
export type Io = {
  out(text: string): void
  err(text: string): void
}

export const terminalIo: Io = {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
}
