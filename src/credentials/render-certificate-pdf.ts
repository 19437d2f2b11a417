import PDFDocument from 'pdfkit'
import QRCode from 'qrcode'
import type {
  CertificateContent,
  CertificateEntry,
  CertificateOutcome,
  CertificateRenderer,
} from '../core/index.js'

/** The layout, in points (an A4 page is 595 × 842). */
const margin = 56
const labelWidth = 160
const gap = 12
const qrSize = 88
const colours = { text: '#1a1a1a', muted: '#5c5c5c', accent: '#0b5394', rule: '#c8c8c8' }

type Document = InstanceType<typeof PDFDocument>

/**
 * The printable certificate of a credential as an A4 PDF: a header with the title and the learner,
 * a section for each group of EU elements, the learning outcomes (continuing over pages when
 * long), and a QR code to the public verification page in the bottom right corner of the last
 * page with its address printed under it. pdfkit's built-in Helvetica covers Latin-1, which has
 * every letter of Finnish and Swedish.
 * @see docs/decisions/0016-pdf-certificates.md
 */
export async function renderCertificatePdf(content: CertificateContent): Promise<Buffer> {
  const qrCode = await QRCode.toBuffer(content.verificationUrl, {
    type: 'png',
    errorCorrectionLevel: 'M',
    margin: 1,
    width: 384,
  })
  const document = new PDFDocument({
    size: 'A4',
    margins: { top: margin, bottom: margin, left: margin, right: margin },
    bufferPages: true,
    displayTitle: true,
    lang: content.language,
    info: {
      Title: content.title,
      Author: content.issuer.value,
      Subject: `${content.headings.certificate}: ${content.title}${
        content.learnerName === undefined ? '' : ` (${content.learnerName})`
      }`,
      Creator: 'Osaamo',
    },
  })
  const finished = collect(document)

  header(document, content)
  section(document, content.headings.achievement, [
    content.credits,
    content.workload,
    content.eqfLevel,
    content.nqfLevel,
    content.qfEheaCycle,
    content.field,
    content.languages,
    content.awardingBodies,
  ])
  outcomes(document, content)
  section(document, content.headings.result, [
    content.grade,
    content.gradingScheme,
    content.assessedOn,
    content.assessment,
    content.participation,
    content.learningSetting,
    content.supervision,
  ])
  // The last section leaves room on its right for the QR code, which may then sit beside it.
  const besideQrCode = { page: pageNumber(document), y: document.y }
  section(
    document,
    content.headings.details,
    [
      content.qualityAssurance,
      content.prerequisites,
      content.stackability,
      content.validity,
      content.credentialId,
    ],
    qrSize + 8,
  )
  verification(document, content, qrCode, besideQrCode)
  pageNumbers(document, content)
  document.end()
  return finished
}

/** The port's implementation, for the composition root. */
export function createCertificateRenderer(): CertificateRenderer {
  return { render: renderCertificatePdf }
}

function collect(document: Document): Promise<Buffer> {
  const chunks: Buffer[] = []
  return new Promise((resolve, reject) => {
    document.on('data', (chunk: Buffer) => chunks.push(chunk))
    document.on('end', () => resolve(Buffer.concat(chunks)))
    document.on('error', reject)
  })
}

/** The page being written, from 0. */
function pageNumber(document: Document): number {
  const range = document.bufferedPageRange()
  return range.start + range.count - 1
}

function contentWidth(document: Document): number {
  return document.page.width - document.page.margins.left - document.page.margins.right
}

function bottom(document: Document): number {
  return document.page.height - document.page.margins.bottom
}

/** Starts a new page unless `height` points still fit on this one. */
function ensureSpace(document: Document, height: number): void {
  if (document.y + height > bottom(document)) {
    document.addPage()
  }
}

function header(document: Document, content: CertificateContent): void {
  const width = contentWidth(document)
  document
    .font('Helvetica')
    .fontSize(10)
    .fillColor(colours.accent)
    .text(content.headings.certificate.toUpperCase(), { width, characterSpacing: 1.5 })
  document.moveDown(0.4)
  document
    .font('Helvetica-Bold')
    .fontSize(20)
    .fillColor(colours.text)
    .text(content.title, { width })
  document.moveDown(0.6)
  if (content.learnerName !== undefined) {
    document
      .font('Helvetica')
      .fontSize(10)
      .fillColor(colours.muted)
      .text(content.headings.awardedTo, { width })
    document
      .font('Helvetica-Bold')
      .fontSize(16)
      .fillColor(colours.text)
      .text(content.learnerName, { width })
    document.moveDown(0.4)
  }
  document
    .font('Helvetica')
    .fontSize(10)
    .fillColor(colours.muted)
    .text(
      [content.issuer, content.issuedOn]
        .filter((entry) => entry !== undefined)
        .map((entry) => `${entry.label}: ${entry.value}`)
        .join('   ·   '),
      { width },
    )
  document.moveDown(0.6)
  rule(document)
}

function rule(document: Document): void {
  const y = document.y
  document
    .moveTo(document.page.margins.left, y)
    .lineTo(document.page.width - document.page.margins.right, y)
    .lineWidth(0.75)
    .strokeColor(colours.rule)
    .stroke()
  document.moveDown(0.8)
}

function sectionHeading(document: Document, heading: string): void {
  // A heading is never left alone at the foot of a page.
  ensureSpace(document, 50)
  document
    .font('Helvetica-Bold')
    .fontSize(12)
    .fillColor(colours.accent)
    .text(heading, document.page.margins.left, document.y, { width: contentWidth(document) })
  document.moveDown(0.4)
}

function section(
  document: Document,
  heading: string,
  entries: readonly (CertificateEntry | undefined)[],
  rightSpace = 0,
): void {
  const present = entries.filter((entry) => entry !== undefined)
  if (present.length === 0) {
    return
  }
  sectionHeading(document, heading)
  for (const entry of present) {
    row(document, entry, rightSpace)
  }
  document.moveDown(0.7)
}

/** A label and its value side by side; a value too long for the page continues on the next. */
function row(document: Document, entry: CertificateEntry, rightSpace: number): void {
  const left = document.page.margins.left
  const valueWidth = contentWidth(document) - labelWidth - gap - rightSpace
  document.font('Helvetica').fontSize(9.5)
  const height = Math.max(
    document.heightOfString(entry.value, { width: valueWidth }),
    document.heightOfString(entry.label, { width: labelWidth }),
  )
  ensureSpace(document, Math.min(height, 60))
  const y = document.y
  document.fillColor(colours.muted).text(entry.label, left, y, { width: labelWidth })
  const afterLabel = document.y
  const page = pageNumber(document)
  document
    .fillColor(colours.text)
    .text(entry.value, left + labelWidth + gap, y, { width: valueWidth })
  const movedToNewPage = pageNumber(document) !== page
  document.x = left
  document.y = (movedToNewPage ? document.y : Math.max(document.y, afterLabel)) + 2.5
}

function outcomes(document: Document, content: CertificateContent): void {
  if (content.learningOutcomes.length === 0) {
    return
  }
  sectionHeading(document, content.headings.learningOutcomes)
  const left = document.page.margins.left
  const indent = 14
  const width = contentWidth(document) - indent
  for (const outcome of content.learningOutcomes) {
    outcomeItem(document, content, outcome, { left, indent, width })
  }
  document.moveDown(0.8)
}

function outcomeItem(
  document: Document,
  content: CertificateContent,
  outcome: CertificateOutcome,
  layout: { left: number; indent: number; width: number },
): void {
  const skills =
    outcome.skills.length === 0
      ? undefined
      : `${content.headings.skills}: ${outcome.skills.join(', ')}`
  document.font('Helvetica').fontSize(9.5)
  const height =
    document.heightOfString(outcome.text, { width: layout.width }) +
    (skills === undefined
      ? 0
      : document.fontSize(8).heightOfString(skills, { width: layout.width }))
  ensureSpace(document, Math.min(height, 80))
  const y = document.y
  document.font('Helvetica').fontSize(9.5).fillColor(colours.accent).text('•', layout.left, y)
  document
    .fillColor(colours.text)
    .text(outcome.text, layout.left + layout.indent, y, { width: layout.width })
  if (skills !== undefined) {
    document
      .fontSize(8)
      .fillColor(colours.muted)
      .text(skills, layout.left + layout.indent, document.y + 1, { width: layout.width })
  }
  document.x = layout.left
  document.moveDown(0.3)
}

/** The QR code in the bottom right corner of the last page, its caption and address under it. */
function verification(
  document: Document,
  content: CertificateContent,
  qrCode: Buffer,
  narrowFrom: { page: number; y: number },
): void {
  const width = contentWidth(document)
  document.font('Helvetica').fontSize(8)
  const captionHeight =
    document.heightOfString(content.headings.verify, { width }) +
    document.heightOfString(content.verificationUrl, { width }) +
    6
  const blockHeight = qrSize + captionHeight
  const top = bottom(document) - blockHeight
  // Beside the code, only the narrow last section may run; under it, the caption needs the width.
  const isNarrowBesideCode = narrowFrom.page < pageNumber(document) || narrowFrom.y <= top
  const fits = document.y + 8 <= top || (isNarrowBesideCode && document.y + 4 <= top + qrSize)
  if (!fits) {
    document.addPage()
  }
  const left = document.page.margins.left
  document.image(qrCode, document.page.width - document.page.margins.right - qrSize, top, {
    width: qrSize,
    height: qrSize,
  })
  document
    .font('Helvetica-Bold')
    .fontSize(8)
    .fillColor(colours.text)
    .text(content.headings.verify, left, top + qrSize + 4, { width, align: 'right' })
  document
    .font('Helvetica')
    .fillColor(colours.accent)
    .text(content.verificationUrl, left, document.y, {
      width,
      align: 'right',
      link: content.verificationUrl,
      lineBreak: false,
    })
}

/** "Page 1 of 2" in the bottom margin of every page, once all pages exist. */
function pageNumbers(document: Document, content: CertificateContent): void {
  const range = document.bufferedPageRange()
  if (range.count < 2) {
    return
  }
  for (let index = range.start; index < range.start + range.count; index += 1) {
    document.switchToPage(index)
    const { margins } = document.page
    const previousBottom = margins.bottom
    // Text in the bottom margin would otherwise make pdfkit start a new page.
    margins.bottom = 0
    document
      .font('Helvetica')
      .fontSize(8)
      .fillColor(colours.muted)
      .text(
        pageLabel(content, index - range.start + 1, range.count),
        margins.left,
        document.page.height - previousBottom + 16,
        { width: contentWidth(document), align: 'left', lineBreak: false },
      )
    margins.bottom = previousBottom
  }
}

function pageLabel(content: CertificateContent, page: number, pages: number): string {
  return content.headings.page.replace('{page}', String(page)).replace('{pages}', String(pages))
}
