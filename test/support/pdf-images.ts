import { inflateSync } from 'node:zlib'
import jsQRModule from 'jsqr'

// jsqr is CommonJS with an ES default export in its types: at run time the import is the function.
type JsQr = typeof jsQRModule.default
const jsQR: JsQr =
  (jsQRModule as unknown as { default?: JsQr }).default ?? (jsQRModule as unknown as JsQr)

/** The texts of the QR codes drawn in a PDF (a certificate's link to its verification). */
export function qrCodesOf(pdf: Buffer): string[] {
  return imagesOf(pdf).flatMap((image) => {
    const code = jsQR(image.rgba, image.width, image.height)
    return code === null ? [] : [code.data]
  })
}

/** An image drawn in a PDF, as RGBA pixels (what a QR code reader takes). */
export type PdfImage = { width: number; height: number; rgba: Uint8ClampedArray }

/**
 * The images of a PDF as written by pdfkit: image XObjects with FlateDecode, gray or RGB, 8 bits
 * a component, optionally with PNG row predictors. Enough to read back the QR code a certificate
 * carries; not a general PDF reader.
 */
export function imagesOf(pdf: Buffer): PdfImage[] {
  const text = pdf.toString('latin1')
  const images: PdfImage[] = []
  const objectPattern = /<<((?:[^<>]|<<(?:[^<>]|<<[^<>]*>>)*>>)*)>>\s*stream\r?\n/g
  for (const match of text.matchAll(objectPattern)) {
    const dictionary = match[1] ?? ''
    if (!/\/Subtype\s*\/Image/.test(dictionary)) {
      continue
    }
    const number = (name: string) => Number(new RegExp(`/${name}\\s+(\\d+)`).exec(dictionary)?.[1])
    const width = number('Width')
    const height = number('Height')
    const length = number('Length')
    const start = (match.index ?? 0) + match[0].length
    const data = inflateSync(pdf.subarray(start, start + length))
    const colors = /\/DeviceGray/.test(dictionary) ? 1 : 3
    const predictor = number('Predictor')
    const pixels = predictor >= 10 ? unpredictPng(data, width, height, colors) : data
    const rgba = new Uint8ClampedArray(width * height * 4)
    for (let pixel = 0; pixel < width * height; pixel += 1) {
      for (let channel = 0; channel < 3; channel += 1) {
        rgba[pixel * 4 + channel] = pixels[pixel * colors + (colors === 1 ? 0 : channel)] ?? 0
      }
      rgba[pixel * 4 + 3] = 255
    }
    images.push({ width, height, rgba })
  }
  return images
}

/** Undoes PNG row filters (None, Sub, Up, Average, Paeth), 8 bits a component. */
function unpredictPng(data: Buffer, width: number, height: number, colors: number): Buffer {
  const rowLength = width * colors
  const out = Buffer.alloc(rowLength * height)
  for (let row = 0; row < height; row += 1) {
    const filter = data[row * (rowLength + 1)] ?? 0
    for (let column = 0; column < rowLength; column += 1) {
      const raw = data[row * (rowLength + 1) + 1 + column] ?? 0
      const left = column >= colors ? (out[row * rowLength + column - colors] ?? 0) : 0
      const up = row > 0 ? (out[(row - 1) * rowLength + column] ?? 0) : 0
      const upLeft =
        row > 0 && column >= colors ? (out[(row - 1) * rowLength + column - colors] ?? 0) : 0
      const predicted = [0, left, up, Math.floor((left + up) / 2), paeth(left, up, upLeft)][filter]
      out[row * rowLength + column] = (raw + (predicted ?? 0)) & 0xff
    }
  }
  return out
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft
  const toLeft = Math.abs(estimate - left)
  const toUp = Math.abs(estimate - up)
  const toUpLeft = Math.abs(estimate - upLeft)
  if (toLeft <= toUp && toLeft <= toUpLeft) {
    return left
  }
  return toUp <= toUpLeft ? up : upLeft
}
