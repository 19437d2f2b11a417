import type { Command } from 'commander'
import { AppError, system } from '../../core/index.js'
import { verifyAuditLog } from '../../services/index.js'
import type { Io } from '../io.js'
import { withDeps } from '../with-deps.js'

export function addAuditCommand(program: Command, io: Io): void {
  const audit = program.command('audit').description('check the audit log')

  audit
    .command('verify')
    .description('recompute the hash chain of the whole audit log; exit 1 if it was altered')
    .action(async () => {
      const report = await withDeps((deps) => verifyAuditLog(deps, system))
      if (!report.isIntact) {
        throw new AppError(
          'AUDIT_CHAIN_BROKEN',
          `The audit log is broken at entry ${report.firstBroken}: ${report.reason}.`,
          { details: { firstBroken: report.firstBroken, entryCount: report.entryCount } },
        )
      }
      io.out(
        `The audit log is intact: ${report.entryCount} ${report.entryCount === 1 ? 'entry' : 'entries'}.`,
      )
    })
}
