/** Reads CSV text into rows of cells (quotes, doubled quotes, CRLF), leaving out empty lines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let isQuoted = false
  const source = text.replace(/^\uFEFF/, '')
  const endRow = () => {
    row.push(cell)
    if (!(row.length === 1 && row[0] === '')) {
      rows.push(row)
    }
    row = []
    cell = ''
  }
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index]
    if (isQuoted) {
      if (char === '"' && source[index + 1] === '"') {
        cell += '"'
        index += 1
      } else if (char === '"') {
        isQuoted = false
      } else {
        cell += char
      }
    } else if (char === '"') {
      isQuoted = true
    } else if (char === ',') {
      row.push(cell)
      cell = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[index + 1] === '\n') {
        index += 1
      }
      endRow()
    } else {
      cell += char
    }
  }
  if (cell !== '' || row.length > 0) {
    endRow()
  }
  return rows
}

const columnAliases: Record<string, string> = {
  opiskelijanumero: 'student_number',
  nimi: 'name',
  sahkoposti: 'email',
  sähköposti: 'email',
  opintojakson_tunnus: 'course_code',
  arvosana: 'grade',
  paivamaara: 'date',
  päivämäärä: 'date',
  opintopisteet: 'credits',
}

/** The column name the API uses in its problems for a header of the file (Finnish or English). */
export function canonicalColumn(header: string): string {
  const name = header.trim().toLowerCase()
  return columnAliases[name] ?? name
}
