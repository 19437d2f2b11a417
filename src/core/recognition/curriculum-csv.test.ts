import { describe, expect, it } from 'vitest'
import { fromCurriculumCsv } from './curriculum-csv.js'

const skill = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d'

describe('fromCurriculumCsv', () => {
  it('reads courses with outcomes and skills separated by a vertical bar, and a decimal comma', () => {
    const { rows, problems } = fromCurriculumCsv(
      `koodi,nimi,name_en,op,taso,osaamistavoitteet,esco\nTIE-101,Ohjelmoinnin perusteet,Introduction to programming,"2,5",6,"Writes Python programs, with loops | Tests programs",${skill}\n`,
    )
    expect(problems).toEqual([])
    expect(rows[0]?.details).toEqual({
      code: 'TIE-101',
      name: { fi: 'Ohjelmoinnin perusteet', en: 'Introduction to programming' },
      ects: 2.5,
      eqfLevel: 6,
      learningOutcomes: ['Writes Python programs, with loops', 'Tests programs'],
      skillUris: [skill],
      kind: 'course',
    })
  })

  it('lists every problem of every row at once, in columns and rows as a spreadsheet numbers them', () => {
    const { rows, problems } = fromCurriculumCsv(
      'code,name,ects,level,learning_outcomes,esco_skills,kind\nA1,,five,9,,not-a-uri,lecture\nA1,Name,5,,Outcome,,\na1,Again,5,,Outcome,,\n',
    )
    expect(rows).toEqual([])
    expect(problems.map((problem) => [problem.row, problem.path, problem.code])).toEqual([
      [2, 'name', 'name-missing'],
      [2, 'ects', 'ects-invalid'],
      [2, 'level', 'level-invalid'],
      [2, 'learning_outcomes', 'outcomes-missing'],
      [2, 'esco_skills', 'skill-uri-invalid'],
      [2, 'kind', 'kind-unknown'],
      [4, 'code', 'code-repeated'],
    ])
  })

  it('reports a missing column and an unknown one from the header', () => {
    const { problems } = fromCurriculumCsv('code,name,credits\nA,B,5\n')
    expect(problems.map((problem) => problem.code).sort()).toEqual([
      'column-missing',
      'column-missing',
      'column-unknown',
    ])
  })
})
