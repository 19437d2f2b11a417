/** One server-sent event as a client receives it. */
export type ReceivedEvent = { readonly event: string; readonly data: Record<string, unknown> }

export type EventClient = {
  readonly status: number
  readonly events: readonly ReceivedEvent[]
  /** Resolves with the first event (already received or to come) that matches; rejects after a while. */
  waitFor(matches: (event: ReceivedEvent) => boolean, timeoutMs?: number): Promise<ReceivedEvent>
  /** Resolves when the server ends the stream. */
  readonly ended: Promise<void>
  close(): void
}

/**
 * A real HTTP client of a workspace's event stream, as a browser's EventSource reads it: the
 * response body is parsed into events as it arrives.
 */
export async function openEventClient(url: string, cookie: string): Promise<EventClient> {
  const abort = new AbortController()
  const response = await fetch(url, {
    headers: { cookie, accept: 'text/event-stream' },
    signal: abort.signal,
  })
  const events: ReceivedEvent[] = []
  const waiters = new Set<() => void>()
  const notify = () => {
    for (const waiter of [...waiters]) {
      waiter()
    }
  }
  const ended = (async () => {
    if (response.body === null || response.status !== 200) {
      return
    }
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
    let buffer = ''
    try {
      for (;;) {
        const { value, done } = await reader.read()
        if (done) {
          return
        }
        buffer += value
        let boundary = buffer.indexOf('\n\n')
        while (boundary !== -1) {
          const block = buffer.slice(0, boundary)
          buffer = buffer.slice(boundary + 2)
          const lines = block.split('\n')
          const name = lines.find((line) => line.startsWith('event: '))?.slice(7)
          const data = lines.find((line) => line.startsWith('data: '))?.slice(6)
          if (name !== undefined && data !== undefined) {
            events.push({ event: name, data: JSON.parse(data) as Record<string, unknown> })
            notify()
          }
          boundary = buffer.indexOf('\n\n')
        }
      }
    } catch {
      // Aborted by close().
    } finally {
      notify()
    }
  })()
  return {
    status: response.status,
    events,
    ended,
    waitFor(matches, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = events.find(matches)
          if (found !== undefined) {
            waiters.delete(check)
            clearTimeout(timer)
            resolve(found)
          }
        }
        const timer = setTimeout(() => {
          waiters.delete(check)
          reject(
            new Error(`no matching event in ${timeoutMs} ms; received ${JSON.stringify(events)}`),
          )
        }, timeoutMs)
        waiters.add(check)
        check()
      })
    },
    close: () => abort.abort(),
  }
}
