import type { IssuingProgress } from '../core/index.js'

const barWidth = 24

/**
 * One line of progress: `[████████░░░░…]  40%  80/200  78.1/s  about 2 s left`. Plain text, so it
 * reads the same in a terminal, a log file and a test.
 */
export function formatProgressBar(progress: IssuingProgress): string {
  const filled = Math.round((progress.percent / 100) * barWidth)
  const bar = `[${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}]`
  const parts = [
    bar,
    `${String(progress.percent).padStart(3)}%`,
    `${progress.done}/${progress.total}`,
  ]
  if (progress.ratePerSecond !== undefined) {
    parts.push(`${progress.ratePerSecond.toFixed(1)}/s`)
  }
  if (progress.secondsLeft !== undefined && progress.secondsLeft > 0) {
    parts.push(`about ${formatDuration(progress.secondsLeft)} left`)
  }
  return parts.join('  ')
}

function formatDuration(seconds: number): string {
  if (seconds < 60) {
    return `${seconds} s`
  }
  const minutes = Math.floor(seconds / 60)
  return minutes < 60
    ? `${minutes} min ${seconds % 60} s`
    : `${Math.floor(minutes / 60)} h ${minutes % 60} min`
}
