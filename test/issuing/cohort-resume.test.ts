import { sql } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { compose } from '../../src/compose.js'
import { readConfig } from '../../src/config.js'
import { loadDemoData } from '../../src/services/index.js'
import { openDatabase } from '../../src/storage/index.js'
import { useDatabase } from '../offerings/cli-support.js'
import { testDatabases } from '../support/test-databases.js'
import { runIssueCommand } from './issue-child.js'
import { seedClosedCohort } from './seed-cohort.js'

describe.each(testDatabases)('a cohort run killed midway on the $name database', (database) => {
  let tearDown: (() => Promise<void>) | undefined
  afterEach(async () => {
    await tearDown?.()
  })

  it('leaves no half-made credential, and a rerun completes exactly one per passed learner', {
    timeout: 240_000,
  }, async () => {
    tearDown = await useDatabase(database)
    const setup = await compose(readConfig())
    let cohort: { offeringId: string; passed: number }
    try {
      await loadDemoData(setup.deps)
      cohort = await seedClosedCohort(setup.deps, { learners: 240, failEvery: 10, label: 'kill' })
    } finally {
      await setup.close()
    }
    expect(cohort.passed).toBe(216)

    const killed = await runIssueCommand(cohort.offeringId, 20)
    expect(killed.signal, killed.output).toBe('SIGKILL')

    const afterKill = await inspect(cohort.offeringId)
    expect(afterKill.issued).toBeGreaterThanOrEqual(20)
    expect(afterKill.issued).toBeLessThan(cohort.passed)
    expect(afterKill.runs).toEqual([
      { state: 'running', counted: afterKill.issued, total: cohort.passed },
    ])
    expectWhole(afterKill)

    const rerun = await runIssueCommand(cohort.offeringId)
    expect(rerun.code, rerun.output).toBe(0)
    expect(rerun.output).toContain(`Going on with run`)
    expect(rerun.output).toMatch(/completed: \d+ issued now/)

    const done = await inspect(cohort.offeringId)
    expect(done.issued).toBe(cohort.passed)
    expect(done.learnersWithTwo).toBe(0)
    expect(done.runs).toEqual([
      { state: 'completed', counted: cohort.passed, total: cohort.passed },
    ])
    expectWhole(done)
  })
})

type Inspection = Awaited<ReturnType<typeof inspect>>

/** Every credential made is whole: signed, with both status entries, a claim link and its mail. */
function expectWhole(found: Inspection): void {
  expect(found.unsigned).toBe(0)
  expect(found.withoutStatus).toBe(0)
  expect(found.claims).toBe(found.issued)
  expect(found.statusEntries).toBe(2 * found.allCredentials)
  expect(found.claimMails).toBe(found.issued)
}

/** Reads the database the way an auditor would, after the process is gone. */
async function inspect(offeringId: string) {
  const config = readConfig()
  const handle = await openDatabase(config.database)
  try {
    const { db } = handle
    const count = async (query: ReturnType<typeof sql<{ count: string }>>) =>
      Number((await query.execute(db)).rows[0]?.count ?? 0)
    const ofOffering = sql`join enrolments e on e.id = c.enrolment_id where e.offering_id = ${offeringId}`
    const runs = await db
      .selectFrom('issuing_runs')
      .select(['state', 'total', 'issued', 'already_issued'])
      .where('offering_id', '=', offeringId)
      .execute()
    return {
      issued: await count(sql`select count(*) as count from issued_credentials c ${ofOffering}`),
      allCredentials: await count(sql`select count(*) as count from issued_credentials`),
      unsigned: await count(
        sql`select count(*) as count from issued_credentials c ${ofOffering} and c.credential->'proof' is null`,
      ),
      withoutStatus: await count(
        sql`select count(*) as count from issued_credentials c ${ofOffering} and (c.revocation_index is null or c.suspension_index is null)`,
      ),
      learnersWithTwo: await count(
        sql`select count(*) as count from (select c.enrolment_id from issued_credentials c ${ofOffering} group by c.enrolment_id having count(*) > 1) twice`,
      ),
      claims: await count(
        sql`select count(*) as count from credential_claims k join issued_credentials c on c.id = k.credential_id ${ofOffering}`,
      ),
      statusEntries: await count(sql`select count(*) as count from status_list_entries`),
      claimMails: await count(
        sql`select count(*) as count from mail_outbox where recipient like 'oppija-kill-%'`,
      ),
      runs: runs.map((run) => ({
        state: run.state,
        counted: run.issued + run.already_issued,
        total: run.total,
      })),
    }
  } finally {
    await handle.close()
  }
}
