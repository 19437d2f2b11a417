import { Component, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

type Props = { children: ReactNode }
type State = { hasFailed: boolean }

/**
 * Keeps a page that fails — its code could not be loaded (a lost connection, a new release
 * replaced the files) or it broke while drawing — from leaving the screen blank: the header,
 * navigation and footer stay, and the page says what happened and how to go on. The shell gives
 * each address its own boundary, so moving to another page starts afresh.
 */
export class PageErrorBoundary extends Component<Props, State> {
  override state: State = { hasFailed: false }

  static getDerivedStateFromError(): State {
    return { hasFailed: true }
  }

  override render() {
    return this.state.hasFailed ? <PageFailed /> : this.props.children
  }
}

function PageFailed() {
  const { t } = useTranslation()
  return (
    <div role="alert">
      <h1>{t('pageFailed.title')}</h1>
      <p>{t('pageFailed.text')}</p>
      <p>
        <a href={window.location.href}>{t('pageFailed.reload')}</a>
      </p>
    </div>
  )
}
