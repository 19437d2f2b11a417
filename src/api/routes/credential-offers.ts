import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { createCredentialOffer, type Deps } from '../../services/index.js'
import { problemResponse } from '../problem.js'

/** Offers of issued credentials to wallets (OpenID4VCI pre-authorised code flow). */
export const credentialOfferRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (
  app,
  { deps },
) => {
  app.post(
    '/api/credentials/:credentialId/offers',
    {
      // The body is optional: none means no transaction code.
      preValidation: async (request) => {
        request.body ??= {}
      },
      schema: {
        tags: ['credentials'],
        summary:
          'Offer the credential to a wallet (registrars and admins of the issuing organisation, or the learner it is linked to)',
        description:
          'Makes a single-use OpenID4VCI pre-authorised code, valid for 10 minutes; with `txCode: true` also a six-digit transaction code to give the learner by another channel. The code and the transaction code are shown only in this answer. The deep link `credentialOfferUri` opens in a wallet or can be shown as a QR code.',
        params: Type.Object({ credentialId: Type.String({ maxLength: 100 }) }),
        body: Type.Object(
          {
            txCode: Type.Optional(
              Type.Boolean({ description: 'Guard the offer with a six-digit transaction code' }),
            ),
          },
          { additionalProperties: false, description: 'Optional: no body is the same as {}' },
        ),
        response: {
          201: Type.Object({
            credentialOffer: Type.Object(
              {},
              { additionalProperties: true, description: 'The OpenID4VCI credential offer' },
            ),
            credentialOfferUri: Type.String({
              description: 'openid-credential-offer://?credential_offer=<url-encoded JSON>',
            }),
            txCode: Type.Optional(Type.String({ pattern: '^[0-9]{6}$' })),
            expiresAt: Type.String({ format: 'date-time' }),
          }),
          400: problemResponse,
          401: problemResponse,
          403: problemResponse,
          404: problemResponse,
          422: problemResponse,
        },
      },
    },
    async (request, reply) => {
      const offer = await createCredentialOffer(deps, request.actor, request.params.credentialId, {
        isTxCodeRequired: request.body.txCode === true,
      })
      return reply
        .status(201)
        .header('cache-control', 'no-store')
        .send({
          credentialOffer: offer.credentialOffer,
          credentialOfferUri: offer.credentialOfferUri,
          ...(offer.txCode === undefined ? {} : { txCode: offer.txCode }),
          expiresAt: offer.expiresAt.toISOString(),
        })
    },
  )
}
