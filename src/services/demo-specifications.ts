import type {
  LanguageMap,
  LearningOutcome,
  SpecificationContent,
  SpecificationStatus,
} from '../core/index.js'
import { emptySpecificationContent } from '../core/index.js'

/**
 * The demo installation's micro-credentials: fourteen of Kaarnala Open University, one of them
 * joint with Pohjanranta UAS, in every lifecycle state. Fictional, but written as a Finnish open
 * university would write them; every skill is a real ESCO concept (skills_en.csv, ESCO v1.2).
 * They are loaded through the real use cases (README, "Demo data").
 */
export type DemoSpecification = {
  /** A stable name for the demo item, used by tests. */
  readonly key: string
  /** Slugs of the other awarding bodies of a joint micro-credential; the owner comes first. */
  readonly jointWith: readonly string[]
  /** The state the first version is taken to. */
  readonly status: SpecificationStatus
  /** The content; `awardingBodyIds` is filled in when loading. */
  readonly content: SpecificationContent
  /** Why a retired version was retired. */
  readonly retireReason?: string
  /** A second version started from the published one and left as a draft. */
  readonly nextVersion?: { readonly changeLog: string; readonly content: SpecificationContent }
}

/** The organisation that owns every demo micro-credential. */
export const demoSpecificationOwner = 'kaarnala-open'

/** The lifecycle steps that take a new draft to each state, with the reasons given. */
export const demoLifecycleSteps: Readonly<
  Record<SpecificationStatus, readonly { action: 'submit' | 'approve' | 'publish' | 'retire' }[]>
> = {
  draft: [],
  'in-review': [{ action: 'submit' }],
  approved: [{ action: 'submit' }, { action: 'approve' }],
  published: [{ action: 'submit' }, { action: 'approve' }, { action: 'publish' }],
  retired: [
    { action: 'submit' },
    { action: 'approve' },
    { action: 'publish' },
    { action: 'retire' },
  ],
}

/** The reviewer's note on approving a demo version (kept with the review). */
export const demoApprovalReason =
  'Laatutarkistus tehty: osaamistavoitteet, mitoitus, arviointi ja ESCO-linkitykset kunnossa.'

const esco = (uuid: string) => `http://data.europa.eu/esco/skill/${uuid}`

type SkillRef = readonly [uuid: string, kind: 'skill' | 'knowledge']

function outcome(id: string, text: LanguageMap, skills: readonly SkillRef[]): LearningOutcome {
  return { id, text, skills: skills.map(([uuid, kind]) => ({ uri: esco(uuid), kind })) }
}

const link = (path: string): SpecificationContent['links'][number] => ({
  url: `https://kaarnala.example.fi/avoin/${path}`,
  label: { fi: 'Opintojakson sivu ja ilmoittautuminen', sv: 'Kurssens sida', en: 'Course page' },
})

const eur = (euros: number): SpecificationContent['price'] => ({
  amountCents: euros * 100,
  currency: 'EUR',
})

const free = eur(0)

const universityQa: SpecificationContent['qualityAssurance'] = {
  code: 'internal',
  text: {
    fi: 'Kaarnalan yliopiston laatujärjestelmä (Karvin auditointi 2024). Opintojakson hyväksyy tiedekunta; palaute kerätään jokaiselta toteutukselta ja käsitellään vuosittain.',
    sv: 'Kaarnala universitets kvalitetssystem (auditerat av NCU 2024). Fakulteten godkänner kursen; respons samlas in från varje genomförande.',
    en: 'Kaarnala University quality system (audited by FINEEC in 2024). The faculty approves the course; feedback is collected from every run and reviewed yearly.',
  },
}

const jointQa: SpecificationContent['qualityAssurance'] = {
  code: 'internal',
  text: {
    fi: 'Yhteistoteutus: Kaarnalan yliopiston ja Pohjanrannan ammattikorkeakoulun auditoidut laatujärjestelmät; yhteinen opetussuunnitelmatyöryhmä hyväksyy sisällön ja arvioinnin.',
    sv: 'Gemensamt genomförande: Kaarnala universitets och Pohjanranta yrkeshögskolas auditerade kvalitetssystem; en gemensam läroplansgrupp godkänner innehåll och bedömning.',
    en: 'Joint delivery: the audited quality systems of Kaarnala University and Pohjanranta UAS; a joint curriculum group approves the content and the assessment.',
  },
}

const uusimaa = [{ country: 'FI', region: 'Uusimaa' }] as const

const softwareWhole: LanguageMap = {
  fi: 'Ohjelmistokehityksen perusteet 15 op',
  sv: 'Grunderna i programvaruutveckling 15 sp',
  en: 'Foundations of software development 15 ECTS',
}

const workingLifeWhole: LanguageMap = {
  fi: 'Työelämän johtamistaidot 15 op',
  en: 'Leadership skills for working life 15 ECTS',
}

const base = {
  ...emptySpecificationContent,
  issuerLocations: uusimaa,
  qualityAssurance: universityQa,
}

const projectManagement: SpecificationContent = {
  ...base,
  title: {
    fi: 'Projektinhallinta käytännössä',
    sv: 'Projektledning i praktiken',
    en: 'Project management in practice',
  },
  summary: {
    fi: 'Suunnittele, aikatauluta ja vie läpi oikea työelämän projekti.',
    sv: 'Planera, tidsätt och genomför ett verkligt projekt i arbetslivet.',
    en: 'Plan, schedule and run a real working-life project.',
  },
  description: {
    fi: 'Opintojaksolla laaditaan projektisuunnitelma omaan työhön tai yhteistyöyrityksen toimeksiantoon, seurataan sen etenemistä ja raportoidaan sidosryhmille. Lähipäivien välissä projekti etenee työpaikalla.',
    sv: 'Under kursen gör du en projektplan för ditt eget arbete eller ett uppdrag från ett partnerföretag, följer upp projektet och rapporterar till intressenterna.',
    en: 'You write a project plan for your own work or a partner company’s assignment, follow its progress and report to the stakeholders. Between the contact days, the project moves on at the workplace.',
  },
  learningOutcomes: [
    outcome(
      'lo-1',
      {
        fi: 'Osaa laatia projektisuunnitelman, jossa on tavoitteet, aikataulu, resurssit ja riskit.',
        en: 'Can draw up a project plan with goals, schedule, resources and risks.',
      },
      [
        ['cd5efa8c-e44d-4cbc-91c6-796018dbed68', 'skill'],
        ['0e1fe34b-f4e7-4642-8c8b-5a05ac3438e5', 'skill'],
      ],
    ),
    outcome(
      'lo-2',
      {
        fi: 'Osaa tunnistaa projektin riskit ja esittää niille hallintakeinot.',
        en: 'Can identify the risks of a project and propose ways to manage them.',
      },
      [['1dd23dba-dd00-45ab-abf4-642902538317', 'skill']],
    ),
    outcome(
      'lo-3',
      {
        fi: 'Osaa raportoida projektin etenemisestä sidosryhmille suullisesti ja kirjallisesti.',
        en: 'Can report the progress of a project to stakeholders orally and in writing.',
      },
      [
        ['477173ca-5fc2-406b-9122-95d92811f284', 'skill'],
        ['918f5211-b99f-4b29-9a34-6e475583ef55', 'skill'],
      ],
    ),
  ],
  ects: 5,
  eqfLevel: 6,
  qfEheaCycle: 'first',
  nqfLevel: 6,
  iscedField: '0413',
  assessmentTypes: ['project-work', 'peer-assessment'],
  formsOfParticipation: ['blended', 'work-based'],
  learningSetting: 'formal',
  supervision: 'unsupervised-no-id-verification',
  gradingScheme: '0-5',
  prerequisites: {
    fi: 'Ei esitietovaatimuksia; oma tai työpaikan projekti-idea auttaa.',
    en: 'No prerequisites; a project idea from your own work helps.',
  },
  stackability: { kind: 'stackable', towards: [workingLifeWhole] },
  languages: ['fi'],
  targetGroup: {
    fi: 'Projekteja työssään vetävät tai niihin osallistuvat aikuisopiskelijat.',
    en: 'Adult learners who lead or take part in projects at work.',
  },
  price: eur(75),
  links: [link('projektinhallinta')],
}

/** Every demo micro-credential. */
export const demoSpecifications: readonly DemoSpecification[] = [
  {
    key: 'python-basics',
    jointWith: [],
    status: 'published',
    content: {
      ...base,
      title: {
        fi: 'Ohjelmoinnin perusteet Pythonilla',
        sv: 'Grunderna i programmering med Python',
        en: 'Programming basics with Python',
      },
      summary: {
        fi: 'Opit kirjoittamaan, testaamaan ja korjaamaan pieniä Python-ohjelmia.',
        sv: 'Du lär dig skriva, testa och felsöka små Python-program.',
        en: 'Learn to write, test and debug small Python programs.',
      },
      description: {
        fi: 'Verkkokurssi etenee viikoittaisilla ohjelmointitehtävillä, jotka tarkistetaan automaattisesti. Lopuksi teet pienen oman ohjelman, esimerkiksi tiedostoa käsittelevän työkalun. Opintojakso on osa Ohjelmistokehityksen perusteet -kokonaisuutta.',
        sv: 'Kursen på nätet framskrider med veckovisa programmeringsuppgifter som rättas automatiskt. Till sist gör du ett eget litet program.',
        en: 'The online course moves on with weekly programming exercises that are checked automatically. At the end you write a small program of your own, such as a tool that processes a file.',
      },
      learningOutcomes: [
        outcome(
          'lo-1',
          {
            fi: 'Osaa kirjoittaa Python-ohjelman, joka käyttää muuttujia, ehtoja, silmukoita ja funktioita.',
            sv: 'Kan skriva ett Python-program som använder variabler, villkor, slingor och funktioner.',
            en: 'Can write a Python program that uses variables, conditions, loops and functions.',
          },
          [
            ['ccd0a1d9-afda-43d9-b901-96344886e14d', 'knowledge'],
            ['21d2f96d-35f7-4e3f-9745-c533d2dd6e97', 'knowledge'],
          ],
        ),
        outcome(
          'lo-2',
          {
            fi: 'Osaa testata ohjelmansa ja paikantaa ja korjata virheet.',
            sv: 'Kan testa sitt program och hitta och rätta fel.',
            en: 'Can test a program and locate and fix its faults.',
          },
          [
            ['913e7e83-b8f8-4574-b1ca-1b38f3fd974a', 'skill'],
            ['2522a6ce-3202-4ac8-9f5b-b9cb5a3a83a1', 'skill'],
          ],
        ),
        outcome(
          'lo-3',
          {
            fi: 'Osaa automatisoida toistuvan työtehtävän pienellä skriptillä.',
            sv: 'Kan automatisera en återkommande arbetsuppgift med ett litet skript.',
            en: 'Can automate a recurring task with a small script.',
          },
          [['5ef0c719-5bcb-49f8-b8eb-824388225333', 'skill']],
        ),
      ],
      ects: 5,
      hours: 135,
      eqfLevel: 6,
      qfEheaCycle: 'first',
      nqfLevel: 6,
      iscedField: '0613',
      assessmentTypes: ['marked-assignment', 'project-work'],
      formsOfParticipation: ['online'],
      learningSetting: 'formal',
      supervision: 'unsupervised-no-id-verification',
      gradingScheme: '0-5',
      prerequisites: {
        fi: 'Ei esitietovaatimuksia.',
        sv: 'Inga förkunskapskrav.',
        en: 'No prerequisites.',
      },
      stackability: { kind: 'stackable', towards: [softwareWhole] },
      languages: ['fi', 'en'],
      targetGroup: {
        fi: 'Ohjelmoinnista kiinnostuneet aloittelijat ja alanvaihtajat.',
        sv: 'Nybörjare och personer som byter bransch.',
        en: 'Beginners and career changers interested in programming.',
      },
      price: eur(75),
      links: [link('python-perusteet')],
    },
  },
  {
    key: 'secure-software',
    jointWith: [],
    status: 'published',
    content: {
      ...base,
      title: {
        fi: 'Tietoturva ohjelmistokehittäjälle',
        en: 'Information security for software developers',
      },
      summary: {
        fi: 'Tunnista ja korjaa verkkosovellusten yleisimmät haavoittuvuudet.',
        en: 'Find and fix the most common vulnerabilities of web applications.',
      },
      description: {
        fi: 'Kurssilla analysoidaan harjoitussovelluksen haavoittuvuuksia OWASP Top 10 -luettelon avulla, testataan korjaukset ja laaditaan tietoturvasuunnitelma. Lähipäivät järjestetään Kaarnalan kampuksella, muu työ verkossa.',
        en: 'You analyse the vulnerabilities of a practice application with the OWASP Top 10, test the fixes and write a security plan. Contact days are held on the Kaarnala campus, the rest online.',
      },
      learningOutcomes: [
        outcome(
          'lo-1',
          {
            fi: 'Osaa analysoida verkkosovelluksen haavoittuvuuksia OWASP Top 10 -luettelon avulla.',
            en: 'Can analyse the vulnerabilities of a web application with the OWASP Top 10.',
          },
          [
            ['902fb91c-3113-4004-9b4f-79aa86b638b7', 'knowledge'],
            ['fe1c2b32-7fe9-4668-affa-07ff658a68cf', 'skill'],
          ],
        ),
        outcome(
          'lo-2',
          {
            fi: 'Osaa testata sovelluksen tietoturvan ja dokumentoida löydökset.',
            en: 'Can test the security of an application and document the findings.',
          },
          [['f4a85869-1855-45d5-a43c-7ee8cd451996', 'skill']],
        ),
        outcome(
          'lo-3',
          {
            fi: 'Osaa soveltaa tietoturvastandardeja ja tietosuojavaatimuksia sovelluksen suunnittelussa.',
            en: 'Can apply security standards and data protection requirements when designing an application.',
          },
          [
            ['3ff589b7-68df-4ea5-ae41-b395bdb2378f', 'knowledge'],
            ['33a82b83-c838-4889-ae62-fae1317481eb', 'skill'],
          ],
        ),
      ],
      ects: 3,
      eqfLevel: 6,
      qfEheaCycle: 'first',
      iscedField: '0612',
      assessmentTypes: ['practical-assessment', 'marked-assignment'],
      formsOfParticipation: ['blended'],
      learningSetting: 'formal',
      supervision: 'supervised-no-id-verification',
      gradingScheme: '0-5',
      prerequisites: {
        fi: 'Ohjelmoinnin perusteet (esim. Ohjelmoinnin perusteet Pythonilla 5 op) ja HTTP:n perusteet.',
        en: 'Programming basics (e.g. Programming basics with Python, 5 ECTS) and the basics of HTTP.',
      },
      stackability: { kind: 'stackable', towards: [softwareWhole] },
      languages: ['fi'],
      targetGroup: {
        fi: 'Ohjelmistokehittäjät ja tietojenkäsittelyn opiskelijat.',
        en: 'Software developers and computing students.',
      },
      price: eur(150),
      links: [link('tietoturva-kehittajalle')],
    },
  },
  {
    key: 'spreadsheet-data-analysis',
    jointWith: [],
    status: 'published',
    content: {
      ...base,
      title: {
        fi: 'Data-analyysi taulukkolaskennalla',
        sv: 'Dataanalys med kalkylprogram',
        en: 'Data analysis with spreadsheets',
      },
      summary: {
        fi: 'Siivoa, analysoi ja raportoi työpaikan dataa taulukkolaskentaohjelmalla.',
        sv: 'Rensa, analysera och rapportera data från arbetsplatsen med ett kalkylprogram.',
        en: 'Clean, analyse and report workplace data with a spreadsheet program.',
      },
      description: {
        fi: 'Itsenäisesti suoritettava verkkokurssi: pivot-taulukot, tiedon siivous, tunnusluvut ja kaaviot. Kurssi on maksuton Kaarnalan alueen työnhakijoille ja työssäkäyville.',
        sv: 'En kurs på nätet i egen takt: pivottabeller, datarensning, nyckeltal och diagram. Avgiftsfri.',
        en: 'A self-paced online course: pivot tables, data cleaning, key figures and charts. Free of charge.',
      },
      learningOutcomes: [
        outcome(
          'lo-1',
          {
            fi: 'Osaa siivota ja yhdistää aineistoja taulukkolaskentaohjelmassa.',
            sv: 'Kan rensa och kombinera datamaterial i ett kalkylprogram.',
            en: 'Can clean and combine data sets in a spreadsheet program.',
          },
          [
            ['1973c966-f236-40c9-b2d4-5d71a89019be', 'skill'],
            ['50b100ea-74fd-4706-99db-3e4ca55e51b8', 'skill'],
          ],
        ),
        outcome(
          'lo-2',
          {
            fi: 'Osaa laskea aineistosta tunnuslukuja ja tulkita niitä.',
            sv: 'Kan beräkna och tolka nyckeltal ur ett datamaterial.',
            en: 'Can calculate and interpret key figures from a data set.',
          },
          [
            ['2b92a5b2-6758-4ee3-9fb4-b6387a55cc8f', 'skill'],
            ['382c11ed-20d5-4ae7-b60e-15fec527fa6c', 'skill'],
          ],
        ),
        outcome(
          'lo-3',
          {
            fi: 'Osaa raportoida analyysin tulokset kaavioin ja lyhyin johtopäätöksin.',
            sv: 'Kan rapportera analysens resultat med diagram och korta slutsatser.',
            en: 'Can report the results of an analysis with charts and short conclusions.',
          },
          [['c544a9f3-5945-4b54-afed-de0697852817', 'skill']],
        ),
      ],
      ects: 2,
      eqfLevel: 5,
      qfEheaCycle: 'short',
      iscedField: '0542',
      assessmentTypes: ['quiz', 'marked-assignment'],
      formsOfParticipation: ['online'],
      learningSetting: 'non-formal',
      supervision: 'unsupervised-no-id-verification',
      gradingScheme: 'pass-fail',
      prerequisites: {
        fi: 'Taulukkolaskennan alkeet.',
        sv: 'Grunderna i kalkylprogram.',
        en: 'Spreadsheet basics.',
      },
      languages: ['fi', 'sv'],
      targetGroup: {
        fi: 'Työssään raportteja ja lukuja käsittelevät.',
        sv: 'Den som hanterar rapporter och siffror i sitt arbete.',
        en: 'Anyone who works with reports and figures.',
      },
      price: free,
      links: [link('data-analyysi')],
    },
  },
  {
    key: 'project-management',
    jointWith: [],
    status: 'published',
    content: projectManagement,
    nextVersion: {
      changeLog:
        'Versio 2: lisätty ketterän projektinhallinnan osaamistavoite ja Scrum-harjoitus; hinta tarkistettu lukuvuodelle 2026–2027.',
      content: {
        ...projectManagement,
        learningOutcomes: [
          ...projectManagement.learningOutcomes,
          outcome(
            'lo-4',
            {
              fi: 'Osaa soveltaa ketterän projektinhallinnan käytäntöjä, kuten sprinttisuunnittelua ja retrospektiivejä.',
              en: 'Can apply agile project management practices such as sprint planning and retrospectives.',
            },
            [['0a9acb6b-1139-4be9-b431-3a80a959f2f4', 'knowledge']],
          ),
        ],
        price: eur(90),
      },
    },
  },
  {
    key: 'finnish-for-working-life',
    jointWith: [],
    status: 'published',
    content: {
      ...base,
      title: {
        fi: 'Suomea työelämään',
        sv: 'Finska för arbetslivet',
        en: 'Finnish for working life',
      },
      summary: {
        fi: 'Suomen kielen taitoa työpaikan arjen tilanteisiin: palaverit, puhelut ja sähköpostit.',
        sv: 'Finska för vardagen på arbetsplatsen: möten, samtal och e-post.',
        en: 'Finnish for everyday situations at work: meetings, phone calls and e-mails.',
      },
      description: {
        fi: 'Kurssilla harjoitellaan oman alan työtilanteita pienryhmissä lähiopetuksessa ja työpaikalla. Kurssi sopii taitotasolta A2 jatkaville.',
        sv: 'Under kursen övar du situationer i din egen bransch i smågrupper på plats och på arbetsplatsen. Kursen passar dig som har nivå A2.',
        en: 'You practise situations of your own field in small groups on site and at your workplace. The course suits learners at level A2.',
      },
      learningOutcomes: [
        outcome(
          'lo-1',
          {
            fi: 'Osaa osallistua suomeksi työpaikan palaveriin ja kertoa oman työnsä tilanteesta.',
            sv: 'Kan delta i ett möte på finska och berätta om läget i sitt eget arbete.',
            en: 'Can take part in a meeting at work in Finnish and report on their own work.',
          },
          [
            ['3048bf6d-27c7-4dc6-ae4b-e55094cec090', 'skill'],
            ['7bd84008-afc2-4f72-8b49-a1dc4723d479', 'skill'],
          ],
        ),
        outcome(
          'lo-2',
          {
            fi: 'Osaa kirjoittaa suomeksi lyhyen työsähköpostin ja työvuoroon liittyvän viestin.',
            sv: 'Kan skriva ett kort arbetsmejl och ett meddelande om ett arbetsskift på finska.',
            en: 'Can write a short work e-mail and a message about a shift in Finnish.',
          },
          [['049de1f6-34ec-46f9-a0b1-8fc6f0199413', 'skill']],
        ),
      ],
      ects: 4,
      hours: 110,
      eqfLevel: 'not-applicable',
      iscedField: '0231',
      assessmentTypes: ['oral-examination', 'portfolio'],
      formsOfParticipation: ['presential', 'work-based'],
      learningSetting: 'non-formal',
      supervision: 'supervised-with-id-verification',
      gradingScheme: 'pass-fail',
      prerequisites: {
        fi: 'Suomen kielen taito vähintään tasolla A2.',
        sv: 'Kunskaper i finska minst på nivå A2.',
        en: 'Finnish at level A2 or above.',
      },
      languages: ['fi'],
      targetGroup: {
        fi: 'Suomessa työskentelevät tai työtä hakevat, joiden äidinkieli ei ole suomi.',
        sv: 'Personer som arbetar eller söker arbete i Finland och vars modersmål inte är finska.',
        en: 'People working or seeking work in Finland whose first language is not Finnish.',
      },
      price: free,
      links: [link('suomea-tyoelamaan')],
    },
  },
  {
    key: 'ecec-digital-pedagogy',
    jointWith: [],
    status: 'in-review',
    content: {
      ...base,
      title: {
        fi: 'Varhaiskasvatuksen digipedagogiikka',
        en: 'Digital pedagogy in early childhood education',
      },
      summary: {
        fi: 'Suunnittele leikkiin ja tutkimiseen perustuvaa digitaalista toimintaa lapsiryhmälle.',
        en: 'Plan play-based and exploratory digital activities for a group of children.',
      },
      description: {
        fi: 'Opintojaksolla tutustutaan varhaiskasvatussuunnitelman monilukutaidon ja tieto- ja viestintäteknologisen osaamisen tavoitteisiin ja toteutetaan oma digitaalinen toimintakokonaisuus omassa työyhteisössä.',
        en: 'You work with the aims for multiliteracy and ICT competence of the national core curriculum for early childhood education, and carry out a digital activity of your own in your workplace.',
      },
      learningOutcomes: [
        outcome(
          'lo-1',
          {
            fi: 'Osaa suunnitella lapsiryhmälle pedagogisesti perustellun digitaalisen toimintakokonaisuuden.',
            en: 'Can plan a pedagogically grounded digital activity for a group of children.',
          },
          [
            ['a117f32c-662b-4dd9-b739-1230dd04cb60', 'knowledge'],
            ['1c7ac9a3-5385-4443-bd7f-64f86451c0c1', 'skill'],
          ],
        ),
        outcome(
          'lo-2',
          {
            fi: 'Osaa ohjata lapsia tuottamaan digitaalista sisältöä, kuten kuvia ja tarinoita.',
            en: 'Can guide children in creating digital content such as pictures and stories.',
          },
          [
            ['c8fa4313-80b0-4f37-8b1b-1739707bc362', 'skill'],
            ['d822b4b2-26c7-4bd9-970d-229c6504f615', 'skill'],
          ],
        ),
        outcome(
          'lo-3',
          {
            fi: 'Osaa arvioida digitaalisen toiminnan turvallisuutta ja lasten yksityisyyden suojaa.',
            en: 'Can assess the safety of digital activities and the protection of children’s privacy.',
          },
          [['995ad47c-bfc5-45fd-91ec-35cad3f7d368', 'skill']],
        ),
      ],
      ects: 5,
      eqfLevel: 6,
      qfEheaCycle: 'first',
      iscedField: '0112',
      assessmentTypes: ['portfolio', 'peer-assessment'],
      formsOfParticipation: ['blended', 'work-based'],
      learningSetting: 'formal',
      supervision: 'unsupervised-no-id-verification',
      gradingScheme: '0-5',
      prerequisites: {
        fi: 'Työ varhaiskasvatuksessa tai varhaiskasvatuksen opinnot.',
        en: 'Work in early childhood education or studies in the field.',
      },
      languages: ['fi'],
      targetGroup: {
        fi: 'Varhaiskasvatuksen opettajat, lastenhoitajat ja sosionomit.',
        en: 'Early childhood teachers, childcare workers and social educators.',
      },
      price: eur(75),
      links: [link('digipedagogiikka')],
    },
  },
  {
    key: 'welfare-technology',
    jointWith: ['pohjanranta-uas'],
    status: 'published',
    content: {
      ...base,
      issuerLocations: [
        { country: 'FI', region: 'Uusimaa' },
        { country: 'FI', region: 'Pohjois-Pohjanmaa' },
      ],
      qualityAssurance: jointQa,
      title: {
        fi: 'Hyvinvointiteknologia ikääntyneiden hoivassa',
        sv: 'Välfärdsteknologi inom äldreomsorgen',
        en: 'Welfare technology in elderly care',
      },
      summary: {
        fi: 'Valitse, ota käyttöön ja arvioi etähoivan ja turvateknologian ratkaisuja.',
        sv: 'Välj, inför och utvärdera lösningar för distansomsorg och trygghetsteknik.',
        en: 'Choose, introduce and evaluate remote care and safety technology.',
      },
      description: {
        fi: 'Kaarnalan avoimen yliopiston ja Pohjanrannan ammattikorkeakoulun yhteinen opintojakso. Verkko-opintojen lisäksi harjoitellaan Pohjanrannan hyvinvointiteknologian oppimisympäristössä ja tehdään kehittämistehtävä omalla työpaikalla.',
        sv: 'En gemensam kurs av Kaarnala öppna universitet och Pohjanranta yrkeshögskola. Utöver studierna på nätet övar du i Pohjanrantas lärmiljö för välfärdsteknologi och gör en utvecklingsuppgift på din arbetsplats.',
        en: 'A joint course of Kaarnala Open University and Pohjanranta UAS. Besides the online studies, you practise in Pohjanranta’s welfare technology lab and carry out a development task at your workplace.',
      },
      learningOutcomes: [
        outcome(
          'lo-1',
          {
            fi: 'Osaa valita ikääntyneen asiakkaan tarpeisiin sopivan etähoivan tai turvateknologian ratkaisun.',
            sv: 'Kan välja en lösning för distansomsorg eller trygghetsteknik som passar en äldre klients behov.',
            en: 'Can choose a remote care or safety technology solution that fits an older client’s needs.',
          },
          [
            ['16636767-c215-4cf0-b126-e144fea20926', 'skill'],
            ['2cc35da7-3fd8-42e8-aa70-87ef8a3b1f3b', 'skill'],
          ],
        ),
        outcome(
          'lo-2',
          {
            fi: 'Osaa arvioida teknologian käyttöön liittyvät riskit ja tietosuojan.',
            sv: 'Kan bedöma riskerna och dataskyddet i användningen av tekniken.',
            en: 'Can assess the risks and the data protection of using the technology.',
          },
          [
            ['d1ac8870-b1f5-4ea5-9fa6-0a1c606940fd', 'skill'],
            ['097c6a36-f031-4d3e-b5c1-62d6ffcb430b', 'skill'],
          ],
        ),
        outcome(
          'lo-3',
          {
            fi: 'Osaa ohjata ikääntynyttä ja hänen läheisiään teknologian käytössä.',
            sv: 'Kan handleda en äldre person och de närstående i att använda tekniken.',
            en: 'Can guide an older person and their family in using the technology.',
          },
          [['9aa2a1cb-37a6-4f3b-9610-0dadee1ec8ed', 'skill']],
        ),
      ],
      ects: 5,
      eqfLevel: 6,
      qfEheaCycle: 'first',
      iscedField: '0922',
      assessmentTypes: ['project-work', 'practical-assessment'],
      formsOfParticipation: ['blended', 'research-lab-based'],
      learningSetting: 'formal',
      supervision: 'supervised-no-id-verification',
      gradingScheme: '0-5',
      prerequisites: {
        fi: 'Sosiaali- tai terveysalan tutkinto tai työkokemus alalta.',
        sv: 'Examen eller arbetserfarenhet inom social- och hälsovården.',
        en: 'A degree or work experience in social and health care.',
      },
      languages: ['fi', 'sv'],
      targetGroup: {
        fi: 'Kotihoidon, palveluasumisen ja vanhustyön ammattilaiset.',
        sv: 'Yrkesverksamma inom hemvård, serviceboende och äldreomsorg.',
        en: 'Professionals in home care, sheltered housing and elderly care.',
      },
      price: eur(100),
      furtherInformation: {
        fi: 'Lähipäivät Pohjanrannan kampuksella Oulussa ja Kaarnalassa.',
        en: 'Contact days on the Pohjanranta campus and in Kaarnala.',
      },
      links: [
        link('hyvinvointiteknologia'),
        {
          url: 'https://pohjanranta.example.fi/hyvinvointiteknologia',
          label: { fi: 'Pohjanrannan AMK', en: 'Pohjanranta UAS' },
        },
      ],
    },
  },
  {
    key: 'csrd-reporting',
    jointWith: [],
    status: 'approved',
    content: {
      ...base,
      title: {
        fi: 'Vastuullisuusraportointi (CSRD) pk-yrityksille',
        en: 'Sustainability reporting (CSRD) for SMEs',
      },
      summary: {
        fi: 'Laadi pk-yrityksen kestävyysraportin runko ESRS-standardien mukaisesti.',
        en: 'Draft an SME’s sustainability report in line with the ESRS standards.',
      },
      description: {
        fi: 'Verkkokurssilla käydään läpi kestävyysraportointidirektiivi (CSRD), ESRS-standardit ja vapaaehtoinen VSME-standardi. Harjoitustyönä laaditaan olennaisuusanalyysi ja raportin runko omalle tai esimerkkiyritykselle.',
        en: 'The online course covers the Corporate Sustainability Reporting Directive, the ESRS standards and the voluntary VSME standard. As an assignment you carry out a materiality assessment and draft a report for your own or a sample company.',
      },
      learningOutcomes: [
        outcome(
          'lo-1',
          {
            fi: 'Osaa tehdä yritykselle kaksinkertaisen olennaisuusanalyysin.',
            en: 'Can carry out a double materiality assessment for a company.',
          },
          [
            ['4300b453-9bcf-474c-9ee3-92ec2229720c', 'knowledge'],
            ['66db424f-2abe-420d-8e5b-186607266b61', 'knowledge'],
          ],
        ),
        outcome(
          'lo-2',
          {
            fi: 'Osaa laatia kestävyysraportin rungon ja aikataulun raportointiprosessille.',
            en: 'Can draft a sustainability report and schedule the reporting process.',
          },
          [['bbcc7e1b-3d4d-4422-9fac-efd636eb9de4', 'skill']],
        ),
        outcome(
          'lo-3',
          {
            fi: 'Osaa arvioida, mitkä ympäristölainsäädännön vaatimukset koskevat yritystä.',
            en: 'Can assess which requirements of environmental legislation apply to a company.',
          },
          [
            ['089ee650-297e-4716-87d1-440743b70a0d', 'skill'],
            ['6f5850ea-5785-4e2c-b062-743066fd5bdb', 'knowledge'],
          ],
        ),
      ],
      ects: 3,
      eqfLevel: 7,
      qfEheaCycle: 'second',
      nqfLevel: 7,
      iscedField: '0411',
      assessmentTypes: ['problem-based-learning', 'marked-assignment'],
      formsOfParticipation: ['online'],
      learningSetting: 'formal',
      supervision: 'unsupervised-no-id-verification',
      gradingScheme: '0-5',
      prerequisites: {
        fi: 'Kirjanpidon tai taloushallinnon perusteet; alempi korkeakoulututkinto suositeltava.',
        en: 'Basics of accounting or financial administration; a bachelor’s degree is recommended.',
      },
      languages: ['fi', 'en'],
      targetGroup: {
        fi: 'Pk-yritysten talous- ja vastuullisuustehtävissä työskentelevät sekä tilitoimistot.',
        en: 'Finance and sustainability staff of SMEs, and accounting firms.',
      },
      price: eur(390),
      links: [link('csrd-pk-yrityksille')],
    },
  },
  {
    key: 'ai-customer-service',
    jointWith: [],
    status: 'draft',
    content: {
      ...base,
      title: {
        fi: 'Tekoäly asiakaspalvelussa',
        en: 'AI in customer service',
      },
      summary: {
        fi: 'Ota generatiivinen tekoäly käyttöön asiakaspalvelussa vastuullisesti.',
        en: 'Introduce generative AI in customer service responsibly.',
      },
      description: {
        fi: 'Kurssilla suunnitellaan tekoälyavusteinen asiakaspalveluprosessi, arvioidaan sen laatua asiakaspalautteella ja huolehditaan tietosuojasta. Sopii myös ilman ohjelmointitaitoa.',
        en: 'You design an AI-assisted customer service process, evaluate its quality with customer feedback and take care of data protection. No programming needed.',
      },
      learningOutcomes: [
        outcome(
          'lo-1',
          {
            fi: 'Osaa kuvata, mihin asiakaspalvelun tehtäviin tekoäly soveltuu ja mihin ei.',
            en: 'Can describe which customer service tasks AI suits and which it does not.',
          },
          [
            ['e465a154-93f7-4973-9ce1-31659fe16dd2', 'knowledge'],
            ['fff0e2cd-d0bd-4b02-9daf-158b79d9688a', 'knowledge'],
          ],
        ),
        outcome(
          'lo-2',
          {
            fi: 'Osaa suunnitella tekoälyavusteisen asiakaspalveluprosessin ja arvioida sen laatua asiakaspalautteen avulla.',
            en: 'Can design an AI-assisted customer service process and evaluate its quality with customer feedback.',
          },
          [
            ['75dfe1ee-5935-42ce-b820-697f827825c3', 'skill'],
            ['c5d018ca-f6fa-4cc0-b209-43df46e56d48', 'skill'],
          ],
        ),
        outcome(
          'lo-3',
          {
            fi: 'Osaa käsitellä asiakastietoja tekoälypalveluissa tietosuoja-asetuksen mukaisesti.',
            en: 'Can handle customer data in AI services in line with the GDPR.',
          },
          [['33a82b83-c838-4889-ae62-fae1317481eb', 'skill']],
        ),
      ],
      ects: 2,
      eqfLevel: 5,
      qfEheaCycle: 'short',
      iscedField: '0416',
      assessmentTypes: ['project-work', 'quiz'],
      formsOfParticipation: ['online'],
      learningSetting: 'non-formal',
      supervision: 'unsupervised-no-id-verification',
      gradingScheme: 'pass-fail',
      prerequisites: { fi: 'Ei esitietovaatimuksia.', en: 'No prerequisites.' },
      languages: ['fi', 'en'],
      targetGroup: {
        fi: 'Asiakaspalvelun työntekijät, esihenkilöt ja kehittäjät.',
        en: 'Customer service staff, team leaders and developers.',
      },
      price: eur(120),
      links: [link('tekoaly-asiakaspalvelussa')],
    },
  },
  {
    key: 'construction-site-safety',
    jointWith: [],
    status: 'published',
    content: {
      ...base,
      title: {
        fi: 'Työmaan turvallisuusjohtaminen',
        en: 'Construction site safety management',
      },
      summary: {
        fi: 'Johda rakennustyömaan turvallisuutta: riskien arviointi, perehdytys ja viikoittaiset tarkastukset.',
        en: 'Lead safety on a construction site: risk assessment, induction and weekly inspections.',
      },
      description: {
        fi: 'Opintojakso toteutetaan lähiopetuksena ja työmaalla. Osallistuja laatii työmaalleen riskien arvioinnin ja turvallisuussuunnitelman ja johtaa viikoittaisen työmaatarkastuksen (TR-mittaus) ohjaajan seuraamana. Loppukoe valvotaan.',
        en: 'The course runs on site and at the participant’s construction site. You draw up a risk assessment and a safety plan for your site and lead a weekly site inspection with a supervisor watching. The final examination is supervised.',
      },
      learningOutcomes: [
        outcome(
          'lo-1',
          {
            fi: 'Osaa laatia rakennustyömaan riskien arvioinnin ja turvallisuussuunnitelman.',
            en: 'Can draw up a risk assessment and a safety plan for a construction site.',
          },
          [
            ['594bd121-9614-4e87-9ecf-6ccb95507efe', 'skill'],
            ['86df7af2-f9f3-4c06-a500-7f1fba9e78fe', 'skill'],
          ],
        ),
        outcome(
          'lo-2',
          {
            fi: 'Osaa johtaa työmaan turvallisuustarkastuksen ja kirjata havainnot ja korjaavat toimet.',
            en: 'Can lead a site safety inspection and record findings and corrective actions.',
          },
          [
            ['4f9f0410-5db0-4b3b-8de3-1ded1600c719', 'skill'],
            ['198b614d-a9af-46f5-b3fd-2672b401dd8e', 'knowledge'],
          ],
        ),
        outcome(
          'lo-3',
          {
            fi: 'Osaa perehdyttää uudet työntekijät ja aliurakoitsijat työmaan turvallisuuskäytäntöihin.',
            en: 'Can induct new workers and subcontractors into the site’s safety practices.',
          },
          [['0cfc7eb9-2891-4153-b335-6331f381ff05', 'skill']],
        ),
      ],
      ects: 4,
      hours: 108,
      eqfLevel: 6,
      qfEheaCycle: 'first',
      nqfLevel: 6,
      iscedField: '0732',
      assessmentTypes: ['written-examination', 'practical-assessment'],
      formsOfParticipation: ['presential', 'work-based'],
      learningSetting: 'formal',
      supervision: 'supervised-with-id-verification',
      gradingScheme: '0-5',
      prerequisites: {
        fi: 'Työturvallisuuskortti ja vähintään vuoden työkokemus rakennusalalta.',
        en: 'The Finnish occupational safety card and at least a year of work in construction.',
      },
      languages: ['fi'],
      targetGroup: {
        fi: 'Työnjohtajat, vastaavat työnjohtajat ja työmaainsinöörit.',
        en: 'Site supervisors, responsible site managers and site engineers.',
      },
      price: eur(250),
      links: [link('tyomaan-turvallisuus')],
    },
  },
  {
    key: 'mentoring-at-work',
    jointWith: [],
    status: 'in-review',
    content: {
      ...base,
      title: {
        fi: 'Mentorointi työyhteisössä',
        sv: 'Mentorskap på arbetsplatsen',
        en: 'Mentoring at work',
      },
      summary: {
        fi: 'Toimi mentorina uudelle tai vaihtavalle työntekijälle ja anna rakentavaa palautetta.',
        sv: 'Var mentor för en ny kollega och ge konstruktiv respons.',
        en: 'Mentor a new colleague and give constructive feedback.',
      },
      description: {
        fi: 'Kurssi koostuu neljästä verkkotapaamisesta ja oman mentorointiprosessin toteuttamisesta työpaikalla. Mentorointipäiväkirja ja vertaisryhmän palaute muodostavat arvioinnin.',
        sv: 'Kursen består av fyra möten på nätet och en egen mentorsprocess på arbetsplatsen. Mentorsdagboken och kamratgruppens respons utgör bedömningen.',
        en: 'The course has four online meetings and a mentoring process of your own at your workplace. A mentoring diary and peer feedback make up the assessment.',
      },
      learningOutcomes: [
        outcome(
          'lo-1',
          {
            fi: 'Osaa suunnitella ja toteuttaa mentorointiprosessin yhdessä aktorin kanssa.',
            sv: 'Kan planera och genomföra en mentorsprocess tillsammans med adepten.',
            en: 'Can plan and carry out a mentoring process together with a mentee.',
          },
          [
            ['fb9c12af-ec45-498a-8e52-891371191557', 'skill'],
            ['c6c1af60-9594-460c-a328-00f9ad292be0', 'knowledge'],
          ],
        ),
        outcome(
          'lo-2',
          {
            fi: 'Osaa antaa rakentavaa palautetta ja ohjata työntekijää oman osaamisensa kehittämisessä.',
            sv: 'Kan ge konstruktiv respons och vägleda en medarbetare i att utveckla sitt kunnande.',
            en: 'Can give constructive feedback and coach an employee in developing their competence.',
          },
          [
            ['b9bb1f03-15e2-4079-943e-7e483b21725b', 'skill'],
            ['0cc9c234-f817-4f4c-908a-4d28fe3b0f4a', 'skill'],
          ],
        ),
      ],
      ects: 2,
      eqfLevel: 5,
      iscedField: '0413',
      assessmentTypes: ['portfolio', 'continuous-evaluation'],
      formsOfParticipation: ['online', 'work-based'],
      learningSetting: 'non-formal',
      supervision: 'unsupervised-no-id-verification',
      gradingScheme: 'pass-fail',
      prerequisites: {
        fi: 'Vähintään kolmen vuoden työkokemus.',
        sv: 'Minst tre års arbetserfarenhet.',
        en: 'At least three years of work experience.',
      },
      stackability: { kind: 'stackable', towards: [workingLifeWhole] },
      languages: ['fi', 'sv'],
      targetGroup: {
        fi: 'Kokeneet työntekijät ja esihenkilöt, jotka perehdyttävät muita.',
        sv: 'Erfarna medarbetare och chefer som introducerar andra.',
        en: 'Experienced employees and team leaders who induct others.',
      },
      price: eur(60),
      links: [link('mentorointi')],
    },
  },
  {
    key: 'digital-accessibility',
    jointWith: [],
    status: 'published',
    content: {
      ...base,
      title: {
        fi: 'Saavutettavuus digitaalisissa palveluissa (WCAG)',
        en: 'Accessibility of digital services (WCAG)',
      },
      summary: {
        fi: 'Arvioi ja korjaa verkkopalvelun saavutettavuus WCAG 2.2 -ohjeiden mukaan.',
        en: 'Evaluate and fix the accessibility of a web service against WCAG 2.2.',
      },
      description: {
        fi: 'Kurssilla tehdään oikean verkkopalvelun saavutettavuusarviointi ruudunlukijalla ja automaattisilla työkaluilla, laaditaan saavutettavuusseloste ja korjausehdotukset. Digipalvelulaki ja EU:n esteettömyysdirektiivi käydään läpi.',
        en: 'You evaluate the accessibility of a real web service with a screen reader and automated tools, and write an accessibility statement and fixes. The Finnish Act on the Provision of Digital Services and the European Accessibility Act are covered.',
      },
      learningOutcomes: [
        outcome(
          'lo-1',
          {
            fi: 'Osaa arvioida verkkopalvelun saavutettavuuden WCAG 2.2 -kriteereillä ja apuvälineillä.',
            en: 'Can evaluate the accessibility of a web service against the WCAG 2.2 criteria and with assistive technology.',
          },
          [
            ['3e23db60-0c3d-498a-a6ac-ffbed0ecb033', 'knowledge'],
            ['be64bb4c-84ac-4c83-8cc7-fc8593e15136', 'skill'],
          ],
        ),
        outcome(
          'lo-2',
          {
            fi: 'Osaa korjata yleisimmät saavutettavuuspuutteet HTML-merkinnöissä.',
            en: 'Can fix the most common accessibility faults in HTML markup.',
          },
          [['0af062de-eb43-41e9-9b96-249e2cd22d26', 'skill']],
        ),
        outcome(
          'lo-3',
          {
            fi: 'Osaa laatia saavutettavuusselosteen ja kehityssuunnitelman organisaatiolle.',
            en: 'Can write an accessibility statement and an improvement plan for an organisation.',
          },
          [
            ['e8ef317f-c880-4c7a-929f-e08053f976bb', 'skill'],
            ['be0ff6d8-5e61-4021-9c89-e40cf0b75cc6', 'skill'],
          ],
        ),
      ],
      ects: 3,
      eqfLevel: 6,
      qfEheaCycle: 'first',
      iscedField: '0613',
      assessmentTypes: ['artefact-assessment', 'marked-assignment'],
      formsOfParticipation: ['online'],
      learningSetting: 'formal',
      supervision: 'unsupervised-no-id-verification',
      gradingScheme: '0-5',
      prerequisites: {
        fi: 'HTML:n perusteet.',
        en: 'Basic HTML.',
      },
      stackability: { kind: 'stackable', towards: [softwareWhole] },
      languages: ['fi', 'en'],
      targetGroup: {
        fi: 'Verkkokehittäjät, sisällöntuottajat ja digipalveluiden hankkijat.',
        en: 'Web developers, content authors and buyers of digital services.',
      },
      price: eur(120),
      links: [link('saavutettavuus')],
    },
  },
  {
    key: 'gdpr-at-work',
    jointWith: [],
    status: 'retired',
    retireReason:
      'Sisältö siirretty osaksi opintojaksoja Tietoturva ohjelmistokehittäjälle ja Tekoäly asiakaspalvelussa.',
    content: {
      ...base,
      title: {
        fi: 'Tietosuoja työelämässä',
        sv: 'Dataskydd i arbetslivet',
        en: 'Data protection at work',
      },
      summary: {
        fi: 'Käsittele henkilötietoja työssäsi tietosuoja-asetuksen mukaisesti.',
        sv: 'Hantera personuppgifter i arbetet enligt dataskyddsförordningen.',
        en: 'Handle personal data at work in line with the GDPR.',
      },
      description: {
        fi: 'Lyhyt itsenäisesti suoritettava verkkokurssi tietosuoja-asetuksen perusteista. Korvattu vuonna 2026.',
        sv: 'En kort kurs på nätet i egen takt om grunderna i dataskyddsförordningen.',
        en: 'A short self-paced online course on the basics of the GDPR. Replaced in 2026.',
      },
      learningOutcomes: [
        outcome(
          'lo-1',
          {
            fi: 'Osaa tunnistaa työtehtävissään käsiteltävät henkilötiedot ja niiden käsittelyperusteet.',
            sv: 'Kan identifiera personuppgifterna i sitt arbete och de rättsliga grunderna för behandlingen.',
            en: 'Can identify the personal data handled at work and the legal grounds for processing it.',
          },
          [['d3e9b00a-0891-4fa8-836d-8240ec3d2758', 'knowledge']],
        ),
        outcome(
          'lo-2',
          {
            fi: 'Osaa toimia tietosuojaperiaatteiden mukaisesti ja tunnistaa tietoturvaloukkauksen.',
            sv: 'Kan följa dataskyddsprinciperna och känna igen en personuppgiftsincident.',
            en: 'Can follow the data protection principles and recognise a personal data breach.',
          },
          [
            ['097c6a36-f031-4d3e-b5c1-62d6ffcb430b', 'skill'],
            ['33a82b83-c838-4889-ae62-fae1317481eb', 'skill'],
          ],
        ),
      ],
      ects: 1,
      eqfLevel: 4,
      iscedField: '0421',
      assessmentTypes: ['quiz'],
      formsOfParticipation: ['online'],
      learningSetting: 'non-formal',
      supervision: 'unsupervised-no-id-verification',
      gradingScheme: 'pass-fail',
      prerequisites: { fi: 'Ei esitietovaatimuksia.', en: 'No prerequisites.' },
      languages: ['fi', 'sv', 'en'],
      targetGroup: {
        fi: 'Kaikki, jotka käsittelevät henkilötietoja työssään.',
        sv: 'Alla som hanterar personuppgifter i sitt arbete.',
        en: 'Anyone who handles personal data at work.',
      },
      price: free,
      links: [link('tietosuoja')],
    },
  },
  {
    key: 'circular-construction',
    jointWith: [],
    status: 'draft',
    // Deliberately unfinished: no size, level, assessment or quality assurance yet.
    content: {
      ...emptySpecificationContent,
      issuerLocations: uusimaa,
      title: {
        fi: 'Kiertotalous rakentamisessa',
        en: 'Circular economy in construction',
      },
      summary: {
        fi: 'Luonnos: purkumateriaalien uudelleenkäyttö ja rakennushankkeen jätehuolto.',
        en: 'Draft: reusing demolition materials and managing waste in a building project.',
      },
      description: {
        fi: 'Luonnos, jota suunnitellaan yhdessä alueen rakennusyritysten kanssa.',
        en: 'A draft being planned together with regional construction companies.',
      },
      learningOutcomes: [
        outcome(
          'lo-1',
          {
            fi: 'Osaa laatia rakennushankkeelle purkumateriaalien kierrätys- ja jätehuoltosuunnitelman.',
            en: 'Can draw up a plan for recycling demolition materials and managing waste in a building project.',
          },
          [
            ['22c45bf7-e52b-475f-847b-c32a87f65a5d', 'knowledge'],
            ['114a79ef-1e62-475b-a862-954f5b4cca20', 'skill'],
          ],
        ),
      ],
      iscedField: '0732',
      formsOfParticipation: ['blended'],
      languages: ['fi'],
    },
  },
]
