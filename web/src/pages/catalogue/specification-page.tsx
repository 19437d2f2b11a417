import { type ReactNode, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError, inLanguage, type LanguageMap } from '../../api-client.js'
import type { PageProps } from '../../page-route.js'
import { usePageTitle } from '../../page-title.js'
import { Link } from '../../router.js'
import { useSession } from '../../session.js'
import { EndorsedBy } from '../co-design/endorsed-by.js'
import {
  enrol,
  getEscoSkill,
  getPublishedVersion,
  type LearningOutcome,
  listOpenOfferings,
  listOrganisations,
  type Offering,
  type OrganisationName,
  type PublishedVersion,
  type SpecificationContent,
} from './api.js'
import {
  countryName,
  dateLabel,
  dateTimeLabel,
  ectsLabel,
  eqfLabel,
  hoursLabel,
  languageName,
  priceLabel,
  vocabularyLabel,
} from './format.js'
import { lastSearchHref } from './search-state.js'
import './catalogue.css'

type Load<T> =
  | { state: 'loading' }
  | { state: 'not-found' }
  | { state: 'failed' }
  | { state: 'loaded'; value: T }

/** Hours per ECTS credit (opintopiste) in Finland, as the server derives them. */
const hoursPerEcts = 27

/** A text in the reader's language, or the one the server falls back to, marked with its `lang`. */
function Localised({
  text,
  as: Element = 'p',
  className,
}: {
  text: LanguageMap | undefined
  as?: 'p' | 'span' | 'li' | 'dd'
  className?: string
}) {
  const { i18n } = useTranslation()
  if (text === undefined) {
    return null
  }
  const value = inLanguage(text, i18n.language)
  const shownIn = (['fi', 'en', 'sv'] as const).find((language) => text[language] === value)
  const lang = text[i18n.language as keyof LanguageMap] === value ? undefined : shownIn
  return (
    <Element className={className} lang={lang}>
      {value}
    </Element>
  )
}

function hasText(text: LanguageMap | undefined): text is LanguageMap {
  return text !== undefined && Object.values(text).some((value) => (value ?? '').trim() !== '')
}

/** The micro-credential page: every EU element of a published micro-credential, and enrolment. */
export function SpecificationPage({ params }: PageProps) {
  const { t, i18n } = useTranslation()
  const specificationId = params.specificationId ?? ''
  const [version, setVersion] = useState<Load<PublishedVersion>>({ state: 'loading' })
  const [organisations, setOrganisations] = useState<OrganisationName[]>([])
  const [attempt, setAttempt] = useState(0)

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new attempt loads the page again
  useEffect(() => {
    const controller = new AbortController()
    setVersion({ state: 'loading' })
    getPublishedVersion(specificationId, controller.signal).then(
      (value) => setVersion({ state: 'loaded', value }),
      (error: unknown) => {
        if (controller.signal.aborted) {
          return
        }
        const isNotFound =
          error instanceof ApiError && (error.status === 404 || error.status === 400)
        setVersion({ state: isNotFound ? 'not-found' : 'failed' })
      },
    )
    listOrganisations(controller.signal).then(setOrganisations, () => undefined)
    return () => controller.abort()
  }, [specificationId, attempt])

  const title =
    version.state === 'loaded' ? inLanguage(version.value.content.title ?? {}, i18n.language) : ''
  usePageTitle(
    version.state === 'loaded'
      ? title
      : version.state === 'not-found'
        ? t('catalogue.notFound.title')
        : undefined,
  )

  const back = (
    <p className="catalogue-back">
      <Link href={lastSearchHref()}>{t('catalogue.backToSearch')}</Link>
    </p>
  )

  if (version.state === 'loading') {
    return (
      <div role="status" className="catalogue-loading">
        <span className="hds-loading-spinner hds-loading-spinner--small" aria-hidden="true">
          <div />
          <div />
          <div />
        </span>{' '}
        {t('catalogue.loadingPage')}
      </div>
    )
  }
  if (version.state === 'not-found') {
    return (
      <div className="catalogue-page">
        {back}
        <h1>{t('catalogue.notFound.title')}</h1>
        <p>{t('catalogue.notFound.text')}</p>
      </div>
    )
  }
  if (version.state === 'failed') {
    return (
      <div className="catalogue-page">
        {back}
        <h1>{t('catalogue.pageFailed.title')}</h1>
        <div className="hds-notification hds-notification--error" role="alert">
          <div className="hds-notification__content">
            <p className="hds-notification__body">{t('catalogue.pageFailed.text')}</p>
          </div>
        </div>
        <p>
          <button
            type="button"
            className="hds-button hds-button--secondary"
            onClick={() => setAttempt((value) => value + 1)}
          >
            <span className="hds-button__label">{t('catalogue.tryAgain')}</span>
          </button>
        </p>
      </div>
    )
  }

  const { content } = version.value
  const bodies = (content.awardingBodyIds ?? []).map(
    (id) => organisations.find((organisation) => organisation.id === id)?.name,
  )
  const bodyNames = bodies
    .filter((name): name is LanguageMap => name !== undefined)
    .map((name) => inLanguage(name, i18n.language))

  return (
    <article className="catalogue-page" aria-labelledby="specification-title">
      {back}
      <header className="catalogue-page-header">
        <h1 id="specification-title">{title}</h1>
        {bodyNames.length > 0 && (
          <p className="catalogue-page-provider">
            {t('catalogue.offeredBy', { names: bodyNames.join(', ') })}
          </p>
        )}
        <Localised text={content.summary} className="lead" />
      </header>

      <KeyFacts content={content} />
      <Offerings specificationId={specificationId} />
      <EndorsedBy versionId={version.value.id} />

      {(hasText(content.description) || hasText(content.targetGroup)) && (
        <section aria-labelledby="specification-description">
          <h2 id="specification-description">{t('catalogue.section.description')}</h2>
          {hasText(content.description) && <Localised text={content.description} />}
          {hasText(content.targetGroup) && (
            <>
              <h3>{t('catalogue.element.targetGroup')}</h3>
              <Localised text={content.targetGroup} />
            </>
          )}
        </section>
      )}

      <LearningOutcomes outcomes={content.learningOutcomes ?? []} />
      <Assessment content={content} />
      <Requirements content={content} />
      <Provider content={content} bodyNames={bodyNames} />
    </article>
  )
}

/** What a learner and an employer compare first: size, level, form, language, price. */
function KeyFacts({ content }: { content: SpecificationContent }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const hours =
    content.hours ?? (content.ects === undefined ? undefined : content.ects * hoursPerEcts)
  const level: string[] = []
  if (content.eqfLevel !== undefined) {
    level.push(eqfLabel(t, content.eqfLevel))
  }
  if (content.nqfLevel !== undefined) {
    level.push(t('catalogue.nqfLevel', { level: content.nqfLevel }))
  }
  if (content.qfEheaCycle !== undefined) {
    level.push(vocabularyLabel(t, 'cycle', content.qfEheaCycle))
  }
  const facts: { key: string; label: string; value: ReactNode }[] = [
    {
      key: 'workload',
      label: t('catalogue.element.workload'),
      value:
        content.ects === undefined && hours === undefined
          ? t('catalogue.notGiven')
          : [
              content.ects === undefined ? undefined : ectsLabel(t, language, content.ects),
              hours === undefined ? undefined : hoursLabel(t, language, hours),
            ]
              .filter((part) => part !== undefined)
              .join(' · '),
    },
    {
      key: 'level',
      label: t('catalogue.element.level'),
      value: level.length === 0 ? t('catalogue.notGiven') : level.join(' · '),
    },
    {
      key: 'form',
      label: t('catalogue.element.form'),
      value: listOrNotGiven(
        t,
        (content.formsOfParticipation ?? []).map((key) => vocabularyLabel(t, 'form', key)),
      ),
    },
    {
      key: 'language',
      label: t('catalogue.element.language'),
      value: listOrNotGiven(
        t,
        (content.languages ?? []).map((code) => languageName(code, language)),
      ),
    },
    {
      key: 'price',
      label: t('catalogue.element.price'),
      value: priceLabel(t, language, content.price),
    },
    {
      key: 'field',
      label: t('catalogue.element.field'),
      value:
        content.iscedField === undefined
          ? t('catalogue.notGiven')
          : vocabularyLabel(t, 'isced', content.iscedField.slice(0, 2)),
    },
  ]
  return (
    <section className="catalogue-key-facts" aria-labelledby="specification-facts">
      <h2 id="specification-facts">{t('catalogue.section.facts')}</h2>
      <dl className="catalogue-fact-grid">
        {facts.map((fact) => (
          <div key={fact.key}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}

function listOrNotGiven(t: (key: string) => string, values: string[]): string {
  return values.length === 0 ? t('catalogue.notGiven') : values.join(', ')
}

/** The learning outcomes, each with the ESCO skills and knowledge it builds. */
function LearningOutcomes({ outcomes }: { outcomes: LearningOutcome[] }) {
  const { t } = useTranslation()
  const [labels, setLabels] = useState<Record<string, string>>({})

  useEffect(() => {
    const controller = new AbortController()
    const uris = [...new Set(outcomes.flatMap((outcome) => outcome.skills.map((s) => s.uri)))]
    for (const uri of uris) {
      getEscoSkill(uri, controller.signal).then(
        (skill) => setLabels((previous) => ({ ...previous, [uri]: skill.preferredLabel })),
        () => undefined,
      )
    }
    return () => controller.abort()
  }, [outcomes])

  return (
    <section aria-labelledby="specification-outcomes">
      <h2 id="specification-outcomes">{t('catalogue.section.outcomes')}</h2>
      {outcomes.length === 0 ? (
        <p>{t('catalogue.notGiven')}</p>
      ) : (
        <ol className="catalogue-outcomes">
          {outcomes.map((outcome) => (
            <li key={outcome.id}>
              <Localised text={outcome.text} className="catalogue-outcome-text" />
              {outcome.skills.length > 0 && (
                <>
                  <p className="catalogue-skills-label">{t('catalogue.escoSkills')}</p>
                  <ul className="catalogue-skills">
                    {outcome.skills.map((skill) => (
                      <li key={skill.uri}>
                        <a href={skill.uri} className="hds-tag catalogue-skill">
                          {labels[skill.uri] === undefined ? (
                            t('catalogue.escoConcept', { id: skill.uri.split('/').pop() ?? '' })
                          ) : (
                            <span lang="en">{labels[skill.uri]}</span>
                          )}
                          <span className="catalogue-skill-kind">
                            {' '}
                            ({t(`catalogue.skillKind.${skill.kind}`)})
                          </span>
                        </a>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

/** How learning is assessed and the quality assured (Annex I M9, M11, O2). */
function Assessment({ content }: { content: SpecificationContent }) {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="specification-assessment">
      <h2 id="specification-assessment">{t('catalogue.section.assessment')}</h2>
      <dl className="catalogue-definitions">
        <Definition label={t('catalogue.element.assessment')}>
          {listOrNotGiven(
            t,
            (content.assessmentTypes ?? []).map((key) => vocabularyLabel(t, 'assessment', key)),
          )}
        </Definition>
        <Definition label={t('catalogue.element.supervision')}>
          {content.supervision === undefined
            ? t('catalogue.notGiven')
            : vocabularyLabel(t, 'supervision', content.supervision)}
        </Definition>
        <Definition label={t('catalogue.element.grading')}>
          {content.gradingScheme === undefined
            ? t('catalogue.notGiven')
            : vocabularyLabel(t, 'grading', content.gradingScheme)}
        </Definition>
        <Definition label={t('catalogue.element.setting')}>
          {content.learningSetting === undefined
            ? t('catalogue.notGiven')
            : vocabularyLabel(t, 'setting', content.learningSetting)}
        </Definition>
        <Definition label={t('catalogue.element.qualityAssurance')}>
          {content.qualityAssurance === undefined ? (
            t('catalogue.notGiven')
          ) : (
            <>
              <span className="catalogue-qa-kind">
                {vocabularyLabel(t, 'qualityAssurance', content.qualityAssurance.code)}
              </span>
              {hasText(content.qualityAssurance.text) && (
                <Localised
                  text={content.qualityAssurance.text}
                  as="span"
                  className="catalogue-qa"
                />
              )}
            </>
          )}
        </Definition>
      </dl>
    </section>
  )
}

/** What a learner needs before, what the credential adds up to, and how long it counts. */
function Requirements({ content }: { content: SpecificationContent }) {
  const { t } = useTranslation()
  const stackability = content.stackability ?? { kind: 'stand-alone' as const }
  return (
    <section aria-labelledby="specification-requirements">
      <h2 id="specification-requirements">{t('catalogue.section.requirements')}</h2>
      <dl className="catalogue-definitions">
        <Definition label={t('catalogue.element.prerequisites')}>
          {hasText(content.prerequisites) ? (
            <Localised text={content.prerequisites} as="span" />
          ) : (
            t('catalogue.noPrerequisites')
          )}
        </Definition>
        <Definition label={t('catalogue.element.stackability')}>
          {stackability.kind === 'stand-alone' ? (
            t('catalogue.standAlone')
          ) : (
            <>
              {t('catalogue.stackableTowards')}
              <ul className="catalogue-towards">
                {stackability.towards.map((whole, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the wholes have no id
                  <Localised key={index} text={whole} as="li" />
                ))}
              </ul>
            </>
          )}
        </Definition>
        <Definition label={t('catalogue.element.validity')}>{t('catalogue.validity')}</Definition>
      </dl>
    </section>
  )
}

/** Who awards it and where (Annex I M3, M4), and where to read more. */
function Provider({ content, bodyNames }: { content: SpecificationContent; bodyNames: string[] }) {
  const { t, i18n } = useTranslation()
  const locations = (content.issuerLocations ?? []).map((location) =>
    [location.region, countryName(location.country, i18n.language)]
      .filter((part) => part !== undefined && part !== '')
      .join(', '),
  )
  return (
    <section aria-labelledby="specification-provider">
      <h2 id="specification-provider">{t('catalogue.section.provider')}</h2>
      <dl className="catalogue-definitions">
        <Definition label={t('catalogue.element.awardingBodies')}>
          {listOrNotGiven(t, bodyNames)}
        </Definition>
        <Definition label={t('catalogue.element.location')}>
          {listOrNotGiven(t, locations)}
        </Definition>
        {hasText(content.furtherInformation) && (
          <Definition label={t('catalogue.element.furtherInformation')}>
            <Localised text={content.furtherInformation} as="span" />
          </Definition>
        )}
        {(content.links ?? []).length > 0 && (
          <Definition label={t('catalogue.element.links')}>
            <ul className="catalogue-links">
              {(content.links ?? []).map((link) => (
                <li key={link.url}>
                  <a href={link.url}>{inLanguage(link.label, i18n.language) || link.url}</a>
                </li>
              ))}
            </ul>
          </Definition>
        )}
      </dl>
    </section>
  )
}

function Definition({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}

/** The open offerings, each with its dates, seats and price, and enrolment. */
function Offerings({ specificationId }: { specificationId: string }) {
  const { t } = useTranslation()
  const [offerings, setOfferings] = useState<Load<Offering[]>>({ state: 'loading' })

  useEffect(() => {
    const controller = new AbortController()
    listOpenOfferings(specificationId, controller.signal).then(
      (value) => setOfferings({ state: 'loaded', value }),
      () => {
        if (!controller.signal.aborted) {
          setOfferings({ state: 'failed' })
        }
      },
    )
    return () => controller.abort()
  }, [specificationId])

  return (
    <section className="catalogue-offerings" aria-labelledby="specification-offerings">
      <h2 id="specification-offerings">{t('catalogue.section.offerings')}</h2>
      {offerings.state === 'loading' && <p role="status">{t('catalogue.offeringsLoading')}</p>}
      {offerings.state === 'failed' && (
        <p className="alert" role="alert">
          {t('catalogue.offeringsFailed')}
        </p>
      )}
      {offerings.state === 'loaded' && offerings.value.length === 0 && (
        <p>{t('catalogue.noOfferings')}</p>
      )}
      {offerings.state === 'loaded' && offerings.value.length > 0 && (
        <ul className="catalogue-offering-list">
          {offerings.value.map((offering) => (
            <li key={offering.id}>
              <OfferingCard offering={offering} specificationId={specificationId} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

type Enrolment =
  | { state: 'idle' }
  | { state: 'sending' }
  | { state: 'enrolled'; key: string }
  | { state: 'failed'; key: string }

/** The plain-language message for an enrolment that did not go through. */
function enrolmentFailureKey(error: unknown): string {
  if (error instanceof ApiError) {
    switch (error.code) {
      case 'ENROLMENT_NOT_ALLOWED':
        return 'catalogue.enrolment.notAllowed'
      case 'OFFERING_FULL':
        return 'catalogue.enrolment.full'
      case 'OFFERING_NOT_FOUND':
        return 'catalogue.enrolment.offeringGone'
    }
    if (error.status === 401) {
      return 'catalogue.enrolment.signedOut'
    }
    if (error.status === 403) {
      return 'catalogue.enrolment.forbidden'
    }
  }
  return 'catalogue.enrolment.error'
}

function OfferingCard({
  offering,
  specificationId,
}: {
  offering: Offering
  specificationId: string
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const { session, csrfToken } = useSession()
  const [enrolment, setEnrolment] = useState<Enrolment>({ state: 'idle' })
  const messageRef = useRef<HTMLDivElement>(null)
  const headingId = `offering-${offering.id}`
  const now = Date.now()
  const isWindowOpen =
    Date.parse(offering.enrolmentOpensAt) <= now && now <= Date.parse(offering.enrolmentClosesAt)

  useEffect(() => {
    if (enrolment.state === 'enrolled' || enrolment.state === 'failed') {
      messageRef.current?.focus()
    }
  }, [enrolment])

  const onEnrol = async () => {
    if (enrolment.state === 'sending') {
      return
    }
    setEnrolment({ state: 'sending' })
    try {
      await enrol(offering.id, csrfToken())
      setEnrolment({ state: 'enrolled', key: 'catalogue.enrolment.done' })
    } catch (error) {
      if (error instanceof ApiError && error.code === 'ENROLMENT_EXISTS') {
        setEnrolment({ state: 'enrolled', key: 'catalogue.enrolment.exists' })
      } else {
        setEnrolment({ state: 'failed', key: enrolmentFailureKey(error) })
      }
    }
  }

  const returnPath = `/catalogue/${encodeURIComponent(specificationId)}`
  return (
    <article className="hds-card hds-card--border catalogue-offering" aria-labelledby={headingId}>
      <div className="hds-card__body">
        <h3 id={headingId}>
          {t('catalogue.offeringDates', {
            start: dateLabel(offering.startsOn, language),
            end: dateLabel(offering.endsOn, language),
          })}
        </h3>
        <dl className="catalogue-facts">
          <div>
            <dt>{t('catalogue.offering.enrolment')}</dt>
            <dd>
              {t('catalogue.offering.window', {
                opens: dateTimeLabel(offering.enrolmentOpensAt, language),
                closes: dateTimeLabel(offering.enrolmentClosesAt, language),
              })}
            </dd>
          </div>
          <div>
            <dt>{t('catalogue.offering.seats')}</dt>
            <dd>
              {offering.seatLimit === null
                ? t('catalogue.offering.noSeatLimit')
                : t('catalogue.offering.seatLimit', { count: offering.seatLimit })}
            </dd>
          </div>
          <div>
            <dt>{t('catalogue.offering.price')}</dt>
            <dd>{priceLabel(t, language, offering.price)}</dd>
          </div>
          <div>
            <dt>{t('catalogue.offering.form')}</dt>
            <dd>{vocabularyLabel(t, 'form', offering.formOfParticipation)}</dd>
          </div>
          <div>
            <dt>{t('catalogue.offering.language')}</dt>
            <dd>{languageName(offering.languageOfInstruction, language)}</dd>
          </div>
          {offering.teachers.length > 0 && (
            <div>
              <dt>{t('catalogue.offering.teachers')}</dt>
              <dd>{offering.teachers.join(', ')}</dd>
            </div>
          )}
          {offering.courseCode !== null && (
            <div>
              <dt>{t('catalogue.offering.courseCode')}</dt>
              <dd>{offering.courseCode}</dd>
            </div>
          )}
        </dl>

        <div className="catalogue-enrol">
          {!isWindowOpen && <p>{t('catalogue.enrolment.windowClosed')}</p>}
          {isWindowOpen && session.state === 'signed-out' && (
            <p>
              <Link
                className="hds-button hds-button--primary"
                href={`/sign-in?returnTo=${encodeURIComponent(returnPath)}`}
              >
                <span className="hds-button__label">{t('catalogue.enrolment.signIn')}</span>
              </Link>
            </p>
          )}
          {isWindowOpen && session.state === 'signed-in' && enrolment.state !== 'enrolled' && (
            <button
              type="button"
              className="hds-button hds-button--primary"
              onClick={() => void onEnrol()}
              aria-disabled={enrolment.state === 'sending'}
              aria-describedby={enrolment.state === 'failed' ? `${headingId}-message` : undefined}
            >
              <span className="hds-button__label">
                {enrolment.state === 'sending'
                  ? t('catalogue.enrolment.sending')
                  : t('catalogue.enrolment.enrol')}
              </span>
            </button>
          )}
          <div aria-live="polite">
            {enrolment.state === 'enrolled' && (
              <div
                className="hds-notification hds-notification--success"
                ref={messageRef}
                tabIndex={-1}
                id={`${headingId}-message`}
              >
                <div className="hds-notification__content">
                  <p className="hds-notification__label">{t('catalogue.enrolment.enrolled')}</p>
                  <p className="hds-notification__body">{t(enrolment.key)}</p>
                </div>
              </div>
            )}
            {enrolment.state === 'failed' && (
              <div
                className="hds-notification hds-notification--error"
                ref={messageRef}
                tabIndex={-1}
                id={`${headingId}-message`}
              >
                <div className="hds-notification__content">
                  <p className="hds-notification__body">{t(enrolment.key)}</p>
                </div>
              </div>
            )}
          </div>
        </div>
      </div>
    </article>
  )
}
