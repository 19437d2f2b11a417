import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react'

/** A tiny history-based router: the server answers every non-API path with index.html. */
const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  window.addEventListener('popstate', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('popstate', listener)
  }
}

function currentPath(): string {
  return window.location.pathname
}

/** The path shown now; the component re-renders when it changes. */
export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath)
}

/** Goes to a path of this app without reloading the page. */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace === true) {
    window.history.replaceState(null, '', path)
  } else {
    window.history.pushState(null, '', path)
  }
  for (const listener of listeners) {
    listener()
  }
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }

/** A real link (it works in a new tab too) that navigates inside the app on a plain click. */
export function Link({ href, onClick, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event)
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return
    }
    event.preventDefault()
    navigate(href)
  }
  return <a href={href} onClick={handleClick} {...rest} />
}
