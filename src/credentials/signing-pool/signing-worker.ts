import { parentPort } from 'node:worker_threads'
import { CredentialProcessingError } from '../credential-processing-error.js'
import { createDocumentLoader } from '../document-loader.js'
import type { Ed25519Key } from '../multikey.js'
import { signDocument } from './sign-document.js'
import type { FromWorker, SerialisedError, ToWorker } from './signing-messages.js'

// A signing pool's worker: keeps the keys it was sent and signs one document at a time, in the
// order asked, with its own static document loader.

const port = parentPort
if (port === null) {
  throw new Error('signing-worker.ts runs only as a worker thread of a signing pool')
}
const documentLoader = createDocumentLoader()
const keys = new Map<number, Ed25519Key>()
let queue = Promise.resolve()

port.on('message', (message: ToWorker) => {
  if (message.kind === 'key') {
    const { keyId, publicKey, privateKey, publicKeyMultibase } = message
    keys.set(keyId, { publicKey, privateKey, publicKeyMultibase })
    return
  }
  queue = queue.then(async () => {
    port.postMessage(await sign(message))
  })
})

async function sign(message: Extract<ToWorker, { kind: 'sign' }>): Promise<FromWorker> {
  try {
    const key = keys.get(message.keyId)
    if (key === undefined) {
      throw new Error(`the signing worker was not sent key ${message.keyId}`)
    }
    return { taskId: message.taskId, signed: await signDocument(message, key, documentLoader) }
  } catch (error) {
    return { taskId: message.taskId, error: serialise(error) }
  }
}

function serialise(error: unknown): SerialisedError {
  if (error instanceof CredentialProcessingError) {
    return { name: error.name, message: error.message, problem: error.problem }
  }
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: 'Error', message: String(error) }
}
