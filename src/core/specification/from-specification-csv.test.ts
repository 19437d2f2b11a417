import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fromSpecificationCsv, specificationCsvColumns } from './from-specification-csv.js'
import { fromSpecificationJson } from './from-specification-json.js'
import { validateSpecification } from './validate-specification.js'

const template = readFileSync(
  new URL('../../../docs/specification-csv-template.csv', import.meta.url),
  'utf8',
)

describe('fromSpecificationCsv', () => {
  it('reads the documented example into two specifications without blocking problems but the awarding body', () => {
    const { items, problems } = fromSpecificationCsv(template)
    expect(problems).toEqual([])
    expect(items).toHaveLength(2)
    const [first, second] = items
    expect(first?.content).toMatchObject({
      title: { fi: 'Ohjelmoinnin perusteet Pythonilla', en: 'Programming basics with Python' },
      ects: 5,
      eqfLevel: 6,
      assessmentTypes: ['project-work', 'quiz'],
      languages: ['fi', 'en'],
      price: { amountCents: 0, currency: 'EUR' },
    })
    expect(first?.content?.learningOutcomes).toHaveLength(2)
    expect(first?.content?.learningOutcomes[1]?.skills).toEqual([
      {
        uri: 'http://data.europa.eu/esco/skill/913e7e83-b8f8-4574-b1ca-1b38f3fd974a',
        kind: 'skill',
      },
    ])
    expect(second?.content).toMatchObject({ ects: 2.5, price: { amountCents: 12050 } })
    for (const item of items) {
      const blocking = validateSpecification(item.content ?? ({} as never))
        .filter((problem) => problem.severity === 'blocking')
        .map((problem) => problem.code)
      expect(blocking).toEqual(['awarding-body-missing'])
    }
  })

  it('documents every column in the header of its example', () => {
    expect(template.split(/\r?\n/)[0]?.split(',')).toEqual([...specificationCsvColumns])
  })

  it('reports every bad row at once, by spreadsheet row and column', () => {
    const csv = [
      'title_fi,ects,eqf_level,learning_outcomes_fi,learning_outcomes_en,skills',
      'Hyvä,5,6,Osaa A,Can A,',
      ',viisi,6,,,',
      'Toinen,3,kuusi,Osaa A | Osaa B,Can A,',
    ].join('\n')
    const { problems } = fromSpecificationCsv(csv)
    expect(problems.map(({ row, path, code }) => ({ row, path, code }))).toEqual([
      { row: 3, path: 'title_fi', code: 'empty' },
      { row: 3, path: 'ects', code: 'wrong-type' },
      { row: 4, path: 'eqf_level', code: 'wrong-type' },
      { row: 4, path: 'learning_outcomes_en', code: 'invalid-value' },
    ])
  })

  it('refuses a header with an unknown column', () => {
    const { problems } = fromSpecificationCsv('title_fi,credits\nA,5\n')
    expect(problems).toEqual([
      expect.objectContaining({ row: 1, path: 'credits', code: 'unknown-field' }),
    ])
  })
})

describe('fromSpecificationJson', () => {
  it('takes the export shape, absent fields empty', () => {
    const item = fromSpecificationJson(
      { title: { fi: 'A' }, ects: 5, eqfLevel: 'not-applicable' },
      1,
    )
    expect(item.problems).toEqual([])
    expect(item.content).toMatchObject({ title: { fi: 'A' }, ects: 5, learningOutcomes: [] })
  })

  it('lists every shape problem of an item with its path', () => {
    const item = fromSpecificationJson(
      {
        title: { de: 'A' },
        ects: '5',
        learningOutcomes: [{ text: { fi: 'x' }, skills: [{}] }],
        colour: 1,
      },
      3,
    )
    expect(item.content).toBeUndefined()
    expect(item.problems.map(({ row, path, code }) => ({ row, path, code }))).toEqual(
      expect.arrayContaining([
        { row: 3, path: 'title.de', code: 'unknown-field' },
        { row: 3, path: 'ects', code: 'wrong-type' },
        { row: 3, path: 'learningOutcomes[0].skills[0].uri', code: 'empty' },
        { row: 3, path: 'colour', code: 'unknown-field' },
      ]),
    )
  })

  it('refuses an item that is not an object', () => {
    expect(fromSpecificationJson('x', 2).problems).toEqual([
      expect.objectContaining({ row: 2, path: '', code: 'not-an-object' }),
    ])
  })
})
