import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * A QR code of `text` as an SVG image named `label`. The qrcode library is loaded only when a QR
 * code is shown, so that no first visit downloads it.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation()
  const [svg, setSvg] = useState<string | undefined>(undefined)
  const [hasFailed, setHasFailed] = useState(false)

  useEffect(() => {
    let isCurrent = true
    setSvg(undefined)
    setHasFailed(false)
    import('qrcode')
      .then((qrcode) =>
        qrcode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }),
      )
      .then(
        (code) => {
          if (isCurrent) {
            setSvg(code)
          }
        },
        () => {
          if (isCurrent) {
            setHasFailed(true)
          }
        },
      )
    return () => {
      isCurrent = false
    }
  }, [text])

  if (hasFailed) {
    return <p className="hint">{t('verification.qr.failed')}</p>
  }
  return (
    <div
      className="verification-qr"
      role="img"
      aria-label={label}
      // The SVG is the qrcode library's output for our own text: no markup of anyone else.
      // biome-ignore lint/security/noDangerouslySetInnerHtml: see above
      dangerouslySetInnerHTML={{ __html: svg ?? '' }}
    />
  )
}
