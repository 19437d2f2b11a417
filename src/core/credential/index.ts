export * from './contexts.js'
