import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compose } from '../../src/compose.js'
import { readConfig } from '../../src/config.js'
import { type IssuingRun, system } from '../../src/core/index.js'
import { createOffering, loadDemoData, transitionOffering } from '../../src/services/index.js'
import { osaamo, useDatabase } from '../offerings/cli-support.js'
import { validOfferingBody } from '../offerings/offering-fixtures.js'
import { testDatabases } from '../support/test-databases.js'
import { seedClosedCohort } from './seed-cohort.js'

describe.each(testDatabases)('osaamo issue on the $name database', (database) => {
  let tearDown: (() => Promise<void>) | undefined
  let closedOfferingId: string
  let openOfferingId: string

  beforeAll(async () => {
    tearDown = await useDatabase(database)
    const setup = await compose(readConfig())
    try {
      await loadDemoData(setup.deps)
      const cohort = await seedClosedCohort(setup.deps, {
        learners: 12,
        failEvery: 4,
        label: 'cli',
      })
      expect(cohort.passed).toBe(9)
      closedOfferingId = cohort.offeringId
      const version = await findIssuableVersion(setup.deps)
      const offering = await createOffering(setup.deps, system, {
        specificationId: version.specificationId,
        versionId: version.id,
        details: { ...validOfferingBody, seatLimit: null },
      })
      await transitionOffering(setup.deps, system, { offeringId: offering.id, action: 'open' })
      openOfferingId = offering.id
    } finally {
      await setup.close()
    }
  }, 60_000)
  afterAll(async () => {
    await tearDown?.()
  })

  it('issues to every passed learner of a closed offering and shows the finished bar', async () => {
    const issued = await osaamo('issue', '--offering', closedOfferingId)
    expect(issued.exitCode, issued.err).toBe(0)
    expect(issued.out).toMatch(
      /^Run [0-9a-f-]{36} completed: 9 issued now, 0 had theirs already, 0 could not be issued\.$/,
    )
    expect(issued.err).toContain('Issuing to 9 learners')
    expect(issued.err).toMatch(/\[█{24}\] {2}100% {2}9\/9/)
    expect(await issuedCount(closedOfferingId)).toBe(9)
  })

  it('issues nobody a second credential when run again', async () => {
    const again = await osaamo('issue', '--offering', closedOfferingId)
    expect(again.exitCode, again.err).toBe(0)
    expect(again.out).toMatch(
      /^Run [0-9a-f-]{36} completed: 0 issued now, 9 had theirs already, 0 could not be issued\.$/,
    )
    expect(await issuedCount(closedOfferingId)).toBe(9)
  })

  it('prints the finished run as JSON with --json', async () => {
    const printed = await osaamo('issue', '--offering', closedOfferingId, '--json')
    expect(printed.exitCode, printed.err).toBe(0)
    const run = JSON.parse(printed.out) as IssuingRun
    expect(run).toMatchObject({
      offeringId: closedOfferingId,
      state: 'completed',
      format: 'eddsa-rdfc-2022',
      language: 'fi',
      total: 9,
      issued: 0,
      alreadyIssued: 9,
      failures: [],
    })
    expect((await runsOf(closedOfferingId)).map((stored) => stored.id)).toContain(run.id)
  })

  it('refuses an offering that is not closed with exit 1, and creates no run', async () => {
    const refused = await osaamo('issue', '--offering', openOfferingId)
    expect(refused.exitCode).toBe(1)
    expect(refused.out).toBe('')
    expect(refused.err).toBe(
      'osaamo: The offering is open; close it when every result is in, then issue.',
    )
    expect(await runsOf(openOfferingId)).toEqual([])
  })

  it('answers an unknown offering with exit 1', async () => {
    const unknown = await osaamo('issue', '--offering', randomUUID())
    expect(unknown.exitCode).toBe(1)
    expect(unknown.err).toBe('osaamo: No such offering.')
  })

  it('refuses an unknown proof format or language as a usage error, issuing nothing', async () => {
    const format = await osaamo('issue', '--offering', openOfferingId, '--format', 'rsa')
    expect(format.exitCode).toBe(2)
    expect(format.err).toContain("option '--format <format>' argument 'rsa' is invalid")
    expect(format.err).toContain('Use one of eddsa-rdfc-2022')
    const language = await osaamo('issue', '--offering', openOfferingId, '--language', 'de')
    expect(language.exitCode).toBe(2)
    expect(language.err).toContain("option '--language <code>' argument 'de' is invalid")
    expect(language.err).toContain('Use fi, sv or en.')
    expect(await runsOf(openOfferingId)).toEqual([])
  })

  it('asks for --offering', async () => {
    const missing = await osaamo('issue')
    expect(missing.exitCode).toBe(2)
    expect(missing.err).toContain("required option '--offering <id>' not specified")
  })

  it('lists its options in --help', async () => {
    const help = await osaamo('issue', '--help')
    expect(help.exitCode).toBe(0)
    for (const option of ['--offering <id>', '--format <format>', '--language <code>', '--json']) {
      expect(help.out).toContain(option)
    }
  })
})

type ComposedDeps = Awaited<ReturnType<typeof compose>>['deps']

async function findIssuableVersion(deps: ComposedDeps) {
  const organisation = await deps.stores.organisations.findBySlug('kaarnala-open')
  const versions = await deps.stores.specifications.listLatestForOrganisation(
    organisation?.id ?? '',
  )
  const version = versions.find(
    (candidate) => candidate.status === 'published' && candidate.content.gradingScheme === '0-5',
  )
  if (version === undefined) {
    throw new Error('the demo data has no published 0–5 specification')
  }
  return version
}

/** Reads through a composition of its own, as another process would. */
async function withStores<T>(read: (deps: ComposedDeps) => Promise<T>): Promise<T> {
  const composition = await compose(readConfig())
  try {
    return await read(composition.deps)
  } finally {
    await composition.close()
  }
}

const issuedCount = (offeringId: string) =>
  withStores((deps) => deps.stores.issuingRuns.countIssued(offeringId))

const runsOf = (offeringId: string) =>
  withStores((deps) => deps.stores.issuingRuns.listForOffering(offeringId))
