/** A complete micro-credential, as a designer would send it through the API: no problem at all. */
export const completeSpecificationContent = {
  title: { fi: 'Ohjelmoinnin perusteet Pythonilla', en: 'Programming basics with Python' },
  summary: { fi: 'Opit kirjoittamaan ja testaamaan pieniä Python-ohjelmia.' },
  issuerLocations: [{ country: 'FI', region: 'Uusimaa' }],
  learningOutcomes: [
    {
      id: 'lo-1',
      text: {
        fi: 'Osaa kirjoittaa ja testata pienen Python-ohjelman.',
        en: 'Can write and test a small Python program.',
      },
      skills: [
        {
          uri: 'http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97',
          kind: 'skill',
        },
      ],
    },
  ],
  ects: 5,
  eqfLevel: 6,
  qfEheaCycle: 'first',
  iscedField: '0613',
  assessmentTypes: ['project-work'],
  formsOfParticipation: ['online'],
  learningSetting: 'non-formal',
  supervision: 'unsupervised-no-id-verification',
  gradingScheme: '0-5',
  qualityAssurance: { code: 'internal', text: { fi: 'Korkeakoulun auditoitu laatujärjestelmä.' } },
  languages: ['fi'],
  price: { amountCents: 0, currency: 'EUR' },
}
