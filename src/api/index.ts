// The public surface of the API layer.
export { type AppOptions, buildApp } from './app.js'
export { httpStatusOf } from './error-status.js'
