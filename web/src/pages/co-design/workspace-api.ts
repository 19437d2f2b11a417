import { callApi, type LanguageMap } from '../../api-client.js'

/** The shapes of the design workspace API (docs/openapi.json, tag co-design). */
export type WorkspaceAnchor =
  | { kind: 'field'; field: string }
  | { kind: 'learning-outcome'; outcomeId: string }

export type WorkspaceSide = 'designer' | 'staff' | 'partner'

export type WorkspaceComment = {
  id: string
  versionId: string
  parentId: string | null
  anchor: WorkspaceAnchor
  authorId: string
  authorName: string
  text: string
  createdAt: string
  resolvedAt: string | null
  isAnchorPresent: boolean
}

export type WorkspaceThread = WorkspaceComment & { replies: WorkspaceComment[] }

export type WorkspaceSuggestion = {
  id: string
  anchor: WorkspaceAnchor
  proposedValue: LanguageMap
  reason: string
  state: 'proposed' | 'accepted' | 'rejected'
  proposedByName: string
  decidedByName: string | null
  isAnchorPresent: boolean
  currentText: LanguageMap | null
}

export type Workspace = {
  version: {
    id: string
    versionNumber: number
    status: string
    content: {
      title?: LanguageMap
      summary?: LanguageMap
      description?: LanguageMap
      prerequisites?: LanguageMap
      targetGroup?: LanguageMap
      furtherInformation?: LanguageMap
      learningOutcomes?: { id: string; text: LanguageMap }[]
    }
  }
  side: WorkspaceSide
  participants: { personId: string; displayName: string }[]
  threads: WorkspaceThread[]
  suggestions: WorkspaceSuggestion[]
  present: { personId: string; displayName: string }[]
}

export type WorkspaceSummary = {
  versionId: string
  versionNumber: number
  status: string
  title: LanguageMap
  side: WorkspaceSide
  participantCount: number
}

const base = (versionId: string) =>
  `/api/specification-versions/${encodeURIComponent(versionId)}/workspace`

export function getWorkspace(versionId: string, signal?: AbortSignal) {
  return callApi<Workspace>('GET', base(versionId), signal ? { signal } : {})
}

export function listMyWorkspaces(signal?: AbortSignal) {
  return callApi<{ items: WorkspaceSummary[] }>(
    'GET',
    '/api/me/workspaces',
    signal ? { signal } : {},
  ).then((answer) => answer.items)
}

export function invitePerson(
  versionId: string,
  body: { emailAddress: string; language: string },
  csrfToken: string | undefined,
) {
  return callApi('POST', `${base(versionId)}/participants`, { csrfToken, body })
}

export function removePerson(versionId: string, personId: string, csrfToken: string | undefined) {
  return callApi('DELETE', `${base(versionId)}/participants/${encodeURIComponent(personId)}`, {
    csrfToken,
  })
}

export function postComment(
  versionId: string,
  body: { anchor?: WorkspaceAnchor; parentId?: string; text: string },
  csrfToken: string | undefined,
) {
  return callApi<WorkspaceComment>('POST', `${base(versionId)}/comments`, { csrfToken, body })
}

export function resolveThread(versionId: string, commentId: string, csrfToken: string | undefined) {
  return callApi('POST', `${base(versionId)}/comments/${encodeURIComponent(commentId)}/resolve`, {
    csrfToken,
  })
}

export function postSuggestion(
  versionId: string,
  body: { anchor: WorkspaceAnchor; value: LanguageMap; reason: string },
  csrfToken: string | undefined,
) {
  return callApi('POST', `${base(versionId)}/suggestions`, { csrfToken, body })
}

export function decideSuggestion(
  versionId: string,
  suggestionId: string,
  decision: 'accept' | 'reject',
  csrfToken: string | undefined,
) {
  return callApi(
    'POST',
    `${base(versionId)}/suggestions/${encodeURIComponent(suggestionId)}/${decision}`,
    { csrfToken },
  )
}

/** The address of the workspace's server-sent events, for an EventSource. */
export function workspaceEventsUrl(versionId: string): string {
  return `${base(versionId)}/events`
}
