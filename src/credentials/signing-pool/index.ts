export { type SigningRequest, signDocument } from './sign-document.js'
export {
  createInProcessSigning,
  createSigningPool,
  type DocumentSigning,
  defaultSigningThreads,
} from './signing-pool.js'
