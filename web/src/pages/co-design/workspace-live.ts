import { useEffect, useState } from 'react'
import { workspaceEventsUrl } from './workspace-api.js'

type Present = { personId: string; displayName: string }

/**
 * Keeps a workspace live: an EventSource on its server-sent events. Presence comes with its list;
 * every other event (a comment, a suggestion, a change of the draft or of its participants) makes
 * the page read the workspace again. The browser reconnects by itself after a dropped stream.
 */
export function useWorkspaceEvents(
  versionId: string,
  onChange: () => void,
): { present: Present[] | undefined; isConnected: boolean } {
  const [present, setPresent] = useState<Present[] | undefined>(undefined)
  const [isConnected, setIsConnected] = useState(false)
  // biome-ignore lint/correctness/useExhaustiveDependencies: reconnect only for another version
  useEffect(() => {
    const source = new EventSource(workspaceEventsUrl(versionId))
    source.addEventListener('open', () => setIsConnected(true))
    source.addEventListener('error', () => setIsConnected(false))
    source.addEventListener('presence', (event) => {
      const data = JSON.parse((event as MessageEvent<string>).data) as { people: Present[] }
      setPresent(data.people)
    })
    for (const kind of ['comment', 'suggestion', 'change', 'participants']) {
      source.addEventListener(kind, () => onChange())
    }
    return () => source.close()
  }, [versionId])
  return { present, isConnected }
}
