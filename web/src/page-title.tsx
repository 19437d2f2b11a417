import { createContext, useContext, useEffect } from 'react'

/** Lets a page name itself in the tab title (a micro-credential's name, say). */
export const PageTitleContext = createContext<(title: string | undefined) => void>(() => undefined)

/**
 * Sets the tab title to `<title> – Osaamo` while the page shows; undefined keeps the title of the
 * page's route.
 */
export function usePageTitle(title: string | undefined): void {
  const setTitle = useContext(PageTitleContext)
  useEffect(() => {
    setTitle(title)
    return () => setTitle(undefined)
  }, [title, setTitle])
}
