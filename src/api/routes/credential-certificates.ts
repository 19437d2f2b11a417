import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { languages } from '../../core/index.js'
import {
  type Deps,
  getCredentialCertificate,
  verifyIssuedCredential,
} from '../../services/index.js'
import { problemResponse } from '../problem.js'
import { IssuedCredentialVerificationSchema } from '../verification-schemas.js'

const IdParams = Type.Object({ credentialId: Type.String({ maxLength: 100 }) })
const CertificateQuery = Type.Object({
  language: Type.Optional(
    Type.Union(
      languages.map((code) => Type.Literal(code)),
      { description: 'fi (default), sv or en' },
    ),
  ),
})
/**
 * A printable certificate of an issued credential, and the public verification of an issued
 * credential by its id (the page a certificate's QR code opens asks this route).
 */
export const credentialCertificateRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (
  app,
  { deps },
) => {
  app.get(
    '/api/credentials/:credentialId/certificate.pdf',
    {
      schema: {
        tags: ['credentials'],
        summary:
          'The printable PDF certificate of an issued Open Badge (staff of the issuing organisation, or the learner it is linked to)',
        description:
          'A4, in Finnish, Swedish or English, with every EU element of the credential and a QR code to the public verification page. A credential that is not an OpenBadgeCredential answers 422.',
        params: IdParams,
        querystring: CertificateQuery,
        response: {
          200: {
            description: 'The certificate',
            content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
          },
          400: problemResponse,
          401: problemResponse,
          403: problemResponse,
          404: problemResponse,
          422: problemResponse,
        },
      },
    },
    async (request, reply) => {
      const certificate = await getCredentialCertificate(
        deps,
        request.actor,
        request.params.credentialId,
        request.query.language ?? 'fi',
      )
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', contentDisposition(certificate.title))
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(certificate.pdf))
    },
  )

  app.get(
    '/api/credentials/:credentialId/verification',
    {
      schema: {
        tags: ['credentials'],
        summary: 'Verify an issued credential by its id (public)',
        description:
          'Verifies the stored credential as `POST /credentials/verify` does and answers the report (the verdict and every check) with what was achieved, from whom and when; never the credential itself or anything about the learner. Never cached.',
        params: IdParams,
        response: { 200: IssuedCredentialVerificationSchema, 404: problemResponse },
      },
    },
    async (request, reply) => {
      const report = await verifyIssuedCredential(deps, request.params.credentialId)
      // A status can change at any moment: a browser or proxy must never answer from a copy.
      return reply.header('cache-control', 'no-store').send(report)
    },
  )
}

/**
 * `inline` with the title as the file name: as printable ASCII for every browser, and exactly in
 * `filename*` (RFC 6266) for those that read it.
 */
function contentDisposition(title: string): string {
  const exact = encodeURIComponent(`${title}.pdf`).replaceAll(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  )
  return `inline; filename="${asciiFileName(title)}.pdf"; filename*=UTF-8''${exact}`
}

function asciiFileName(title: string): string {
  const name = title
    .normalize('NFKD')
    .replaceAll(/[\u0300-\u036f]/g, '')
    .replaceAll(/[^A-Za-z0-9 ._()-]+/g, '-')
    .replaceAll(/\s+/g, ' ')
    .trim()
    .slice(0, 100)
  return name === '' ? 'certificate' : name
}
