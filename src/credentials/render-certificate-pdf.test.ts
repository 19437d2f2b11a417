import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { CertificateContent } from '../core/index.js'
import { renderCertificatePdf } from './render-certificate-pdf.js'

const entry = (label: string, value: string) => ({ label, value })
const content: CertificateContent = {
  language: 'en',
  headings: {
    certificate: 'Micro-credential',
    awardedTo: 'Awarded to',
    achievement: 'The achievement',
    result: 'Result',
    details: 'Further details',
    learningOutcomes: 'Learning outcomes',
    skills: 'ESCO skills',
    verify: 'Verify this credential',
    page: 'Page {page} of {pages}',
  },
  title: 'Programming basics with Python',
  learnerName: 'Åsa Öhman',
  issuer: entry('Issuer', 'Kaarnala Open University'),
  awardingBodies: undefined,
  issuedOn: entry('Date of issue', '1 December 2026'),
  credits: entry('Credits', '2.5 ECTS credits'),
  workload: undefined,
  eqfLevel: entry('EQF level', '6'),
  nqfLevel: undefined,
  qfEheaCycle: undefined,
  field: undefined,
  learningOutcomes: [{ text: 'Can write a Python program.', skills: ['write computer code'] }],
  assessment: undefined,
  participation: undefined,
  learningSetting: undefined,
  supervision: undefined,
  grade: entry('Grade', '4'),
  gradingScheme: undefined,
  assessedOn: undefined,
  qualityAssurance: undefined,
  prerequisites: undefined,
  stackability: undefined,
  languages: undefined,
  validity: entry('Validity', 'Does not expire'),
  credentialId: entry('Credential ID', 'urn:uuid:3f1c7c8e-8a43-4c36-9d6a-6c2f1f0e2b11'),
  verificationUrl: 'https://osaamo.example.fi/verify/3f1c7c8e-8a43-4c36-9d6a-6c2f1f0e2b11',
}

/** The pages of a PDF and the text of its content streams, as pdfkit writes them (hex strings). */
function read(pdf: Buffer): { pages: number; text: string } {
  const raw = pdf.toString('latin1')
  const texts: string[] = []
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length
    try {
      const stream = inflateSync(pdf.subarray(start, raw.indexOf('endstream', start))).toString(
        'latin1',
      )
      for (const object of stream.matchAll(/BT([\s\S]*?)ET/g)) {
        const hex = [...(object[1] ?? '').matchAll(/<([0-9a-f]*)>/gi)].map((item) => item[1])
        texts.push(Buffer.from(hex.join(''), 'hex').toString('latin1'))
      }
    } catch {
      // not a text stream
    }
  }
  return { pages: raw.match(/\/Type \/Page\b/g)?.length ?? 0, text: texts.join(' ') }
}

describe('renderCertificatePdf', () => {
  it('fits a short certificate on one A4 page with the QR code', async () => {
    const pdf = await renderCertificatePdf(content)
    const { pages, text } = read(pdf)
    expect(pages).toBe(1)
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]')
    expect(text).toContain('Åsa Öhman')
    expect(text).toContain(content.verificationUrl)
    expect(text).not.toContain('Page 1')
  })

  it('continues a long list of outcomes over numbered pages', async () => {
    const outcomes = Array.from({ length: 60 }, (_, index) => ({
      text: `Outcome ${index + 1}: can explain and apply a concept of the course in a project.`,
      skills: [],
    }))
    const { pages, text } = read(
      await renderCertificatePdf({ ...content, learningOutcomes: outcomes }),
    )
    expect(pages).toBeGreaterThan(1)
    expect(text).toContain('Outcome 60:')
    expect(text).toContain(`Page ${pages} of ${pages}`)
  })

  it('prints a name outside Latin-1 without failing', async () => {
    const pdf = await renderCertificatePdf({ ...content, learnerName: 'Šárka Ŋuvdi Лидия' })
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })
})
