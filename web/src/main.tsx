import './i18n.js'
// The Helsinki Design System's tokens and component styles (CSS only), then Osaamo's own.
import 'hds-core/lib/base.min.css'
import 'hds-core/lib/components/all.min.css'
import './styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app.js'

const root = document.getElementById('root')
if (root === null) {
  throw new TypeError('index.html has no #root element')
}
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
