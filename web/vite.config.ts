import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { catalogueBundleBudget } from './bundle-budget.js'

// The web app is built into dist/web and served by the Osaamo server itself (src/api/web-app.ts).
// `npm run dev` serves it with hot reload and forwards API calls to a running `npm start`.
export default defineConfig({
  root: import.meta.dirname,
  // The build fails when the catalogue's first visit would download more than its budget.
  plugins: [react(), catalogueBundleBudget()],
  build: { outDir: '../dist/web', emptyOutDir: true, sourcemap: true, target: 'es2022' },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
      '/healthz': 'http://localhost:3000',
      '/docs': 'http://localhost:3000',
      '/openapi.json': 'http://localhost:3000',
    },
  },
})
