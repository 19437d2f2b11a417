import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PageProps } from '../../page-route.js'
import { usePageTitle } from '../../page-title.js'
import { Link } from '../../router.js'
import { useSession } from '../../session.js'
import {
  getCredentialVerification,
  parsePastedCredential,
  type VerificationReport,
  verificationUrlOf,
} from '../verification/api.js'
import { type CredentialFacts, credentialFactsOf } from '../verification/credential-facts.js'
import { formatDate } from '../verification/format-date.js'
import { QrCode } from '../verification/qr-code.js'
import { VerificationLink } from '../verification/verification-link.js'
import { VerificationReportView } from '../verification/verification-report.js'
import {
  type CredentialOffer,
  createCredentialOffer,
  linkedInAddUrl,
  type MyCredential,
} from './api.js'
import { CredentialState } from './credential-state.js'
import { ReflectionsPanel } from './reflections-panel.js'
import { SignInToContinue } from './signed-out.js'
import { useMyCredentials } from './use-my-credentials.js'
import './learner.css'

const formatNames: Record<MyCredential['format'], string> = {
  'eddsa-rdfc-2022': 'Data Integrity (eddsa-rdfc-2022)',
  'eddsa-jcs-2022': 'Data Integrity (eddsa-jcs-2022)',
  'vc+jwt': 'VC-JWT',
}

/** /my/credentials/:credentialId — one of the learner's credentials, to download and share. */
export function MyCredentialPage({ params }: PageProps) {
  const { t } = useTranslation()
  const state = useMyCredentials()
  const credentialId = params.credentialId ?? ''
  const credential =
    state.kind === 'loaded' ? state.items.find((item) => item.id === credentialId) : undefined

  if (state.kind === 'loaded' && credential !== undefined) {
    return <CredentialDetail credential={credential} />
  }
  const isMissing = state.kind === 'loaded'
  return (
    <>
      <h1>{isMissing ? t('learner.detail.notFoundTitle') : t('learner.detail.title')}</h1>
      {state.kind === 'signed-out' && <SignInToContinue />}
      {state.kind === 'loading' && <p role="status">{t('learner.list.loading')}</p>}
      {state.kind === 'failed' && (
        <p className="alert" role="alert">
          {t('learner.list.failed')}
        </p>
      )}
      {isMissing && (
        <>
          <p>{t('learner.detail.notFoundText')}</p>
          <p>
            <Link href="/my/credentials">{t('learner.detail.back')}</Link>
          </p>
        </>
      )}
    </>
  )
}

function CredentialDetail({ credential }: { credential: MyCredential }) {
  const { t, i18n } = useTranslation()
  const [report, setReport] = useState<VerificationReport | 'failed' | undefined>(undefined)
  const [facts, setFacts] = useState<CredentialFacts | undefined>(undefined)
  usePageTitle(credential.achievementName)
  const verificationUrl = verificationUrlOf(credential.id)

  useEffect(() => {
    const controller = new AbortController()
    getCredentialVerification(credential.id, controller.signal).then(setReport, () => {
      if (!controller.signal.aborted) {
        setReport('failed')
      }
    })
    // What the signed credential itself says: the learner's name and its validity period.
    fetch(credential.links.json, { signal: controller.signal, credentials: 'same-origin' })
      .then((response) => (response.ok ? response.text() : Promise.reject(response.status)))
      .then((text) => {
        const parsed = parsePastedCredential(text)
        if (parsed.kind !== 'unreadable') {
          setFacts(credentialFactsOf(parsed.value, i18n.language))
        }
      })
      .catch(() => undefined)
    return () => controller.abort()
  }, [credential.id, credential.links.json, i18n.language])

  return (
    <>
      <p className="learner-back">
        <Link href="/my/credentials">{t('learner.detail.back')}</Link>
      </p>
      <h1>{credential.achievementName}</h1>
      <section className="panel" aria-labelledby="credential-facts-title">
        <h2 id="credential-facts-title">{t('learner.detail.factsTitle')}</h2>
        <dl className="verification-dl">
          <div>
            <dt>{t('learner.facts.achievement')}</dt>
            <dd>{credential.achievementName}</dd>
          </div>
          <div>
            <dt>{t('learner.facts.issuer')}</dt>
            <dd>{credential.issuerName}</dd>
          </div>
          <div>
            <dt>{t('learner.facts.issuedAt')}</dt>
            <dd>{formatDate(credential.issuedAt, i18n.language)}</dd>
          </div>
          <div>
            <dt>{t('learner.facts.state')}</dt>
            <dd>
              <CredentialState state={credential.state} />
            </dd>
          </div>
          <div>
            <dt>{t('learner.facts.format')}</dt>
            <dd>{formatNames[credential.format]}</dd>
          </div>
          {facts?.learnerName !== undefined && (
            <div>
              <dt>{t('learner.facts.learner')}</dt>
              <dd>{facts.learnerName}</dd>
            </div>
          )}
          {facts?.validFrom !== undefined && (
            <div>
              <dt>{t('learner.facts.validFrom')}</dt>
              <dd>{formatDate(facts.validFrom, i18n.language)}</dd>
            </div>
          )}
          {facts !== undefined && (
            <div>
              <dt>{t('learner.facts.validUntil')}</dt>
              <dd>
                {facts.validUntil === undefined
                  ? t('learner.facts.noEnd')
                  : formatDate(facts.validUntil, i18n.language)}
              </dd>
            </div>
          )}
          <div>
            <dt>{t('learner.facts.id')}</dt>
            <dd className="verification-code">{credential.id}</dd>
          </div>
        </dl>
      </section>

      <section className="panel" aria-labelledby="credential-share-title">
        <h2 id="credential-share-title">{t('learner.detail.shareTitle')}</h2>
        <ul className="learner-actions">
          <li>
            <a href={`/api/credentials/${encodeURIComponent(credential.id)}/download`} download>
              {t('learner.detail.downloadJson')}
            </a>
          </li>
          {credential.links.pdf !== null && (
            <li>
              <a
                href={`/api/credentials/${encodeURIComponent(credential.id)}/certificate.pdf?language=${encodeURIComponent(i18n.language)}`}
              >
                {t('learner.detail.downloadPdf')}
              </a>
            </li>
          )}
          <li>
            <a href={linkedInAddUrl(credential, verificationUrl)} rel="noopener noreferrer">
              {t('learner.detail.linkedIn')}
            </a>
          </li>
        </ul>
        <p className="hint">{t('learner.detail.linkedInHint')}</p>
      </section>

      <WalletOffer credentialId={credential.id} />

      <ReflectionsPanel credential={{ kind: 'issued', id: credential.id }} />

      <section aria-labelledby="credential-verification-title">
        <h2 id="credential-verification-title">{t('learner.detail.verificationTitle')}</h2>
        {report === undefined && <p role="status">{t('learner.detail.verifying')}</p>}
        {report === 'failed' && (
          <p className="alert" role="alert">
            {t('learner.detail.verificationFailed')}
          </p>
        )}
        {report !== undefined && report !== 'failed' && (
          <VerificationReportView report={report} headingLevel={3} />
        )}
      </section>

      <VerificationLink credentialId={credential.id} />
    </>
  )
}

function WalletOffer({ credentialId }: { credentialId: string }) {
  const { t, i18n } = useTranslation()
  const { csrfToken } = useSession()
  const [offer, setOffer] = useState<CredentialOffer | undefined>(undefined)
  const [hasFailed, setHasFailed] = useState(false)
  const [isCreating, setIsCreating] = useState(false)
  const resultRef = useRef<HTMLDivElement>(null)

  const create = async () => {
    if (isCreating) {
      return
    }
    setIsCreating(true)
    setHasFailed(false)
    try {
      setOffer(await createCredentialOffer(credentialId, csrfToken()))
    } catch {
      setHasFailed(true)
    } finally {
      setIsCreating(false)
    }
  }

  useEffect(() => {
    if (offer !== undefined) {
      resultRef.current?.focus()
    }
  }, [offer])

  return (
    <section className="panel" aria-labelledby="credential-wallet-title">
      <h2 id="credential-wallet-title">{t('learner.wallet.title')}</h2>
      <p>{t('learner.wallet.text')}</p>
      <button
        type="button"
        className="button secondary"
        aria-disabled={isCreating}
        onClick={() => void create()}
      >
        {offer === undefined ? t('learner.wallet.create') : t('learner.wallet.createAgain')}
      </button>
      <div role="status" className="live-region">
        {isCreating && <p>{t('learner.wallet.creating')}</p>}
      </div>
      {hasFailed && (
        <p className="alert" role="alert">
          {t('learner.wallet.failed')}
        </p>
      )}
      {offer !== undefined && (
        <div ref={resultRef} tabIndex={-1} className="learner-offer">
          <p>
            {t('learner.wallet.ready', {
              time: formatDate(offer.expiresAt, i18n.language, true),
            })}
          </p>
          <QrCode text={offer.credentialOfferUri} label={t('learner.wallet.qrLabel')} />
          <p>
            <a href={offer.credentialOfferUri}>{t('learner.wallet.open')}</a>
          </p>
        </div>
      )}
    </section>
  )
}
