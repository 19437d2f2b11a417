import { useCallback, useEffect, useState } from 'react'

/**
 * Loads data when a page (or section) opens, again when `keys` change and on `reload()`, and
 * keeps the last data meanwhile. An answer that arrives after the page moved on is dropped.
 */
export function useLoad<T>(
  load: (signal: AbortSignal) => Promise<T>,
  keys: readonly unknown[],
): { data: T | undefined; error: unknown; reload: () => void; setData: (value: T) => void } {
  const [data, setData] = useState<T | undefined>(undefined)
  const [error, setError] = useState<unknown>(undefined)
  const [round, setRound] = useState(0)
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what the load depends on
  useEffect(() => {
    const controller = new AbortController()
    load(controller.signal).then(
      (value) => {
        if (!controller.signal.aborted) {
          setData(value)
          setError(undefined)
        }
      },
      (reason: unknown) => {
        if (!controller.signal.aborted) {
          setError(reason)
        }
      },
    )
    return () => controller.abort()
  }, [...keys, round])
  const reload = useCallback(() => setRound((value) => value + 1), [])
  return { data, error, reload, setData }
}
