import type { LanguageMap } from '../language.js'

/** The plain-language message of each validation problem, in fi/sv/en. `{n}` is filled in. */
export const validationMessages = {
  'title-missing': {
    fi: 'Anna nimi vähintään yhdellä kielellä.',
    sv: 'Ange ett namn på minst ett språk.',
    en: 'Give a title in at least one language.',
  },
  'awarding-body-missing': {
    fi: 'Nimeä vähintään yksi myöntävä organisaatio.',
    sv: 'Ange minst en utfärdande organisation.',
    en: 'Name at least one awarding body.',
  },
  'awarding-body-unknown': {
    fi: 'Tätä organisaatiota ei ole Osaamossa.',
    sv: 'Den här organisationen finns inte i Osaamo.',
    en: 'This organisation is not in Osaamo.',
  },
  'issuer-location-missing': {
    fi: 'Anna myöntäjän maa (ja halutessasi alue).',
    sv: 'Ange utfärdarens land (och gärna region).',
    en: 'Give the country (and, if you like, the region) of the issuer.',
  },
  'issuer-country-invalid': {
    fi: 'Käytä kaksikirjaimista maakoodia, esimerkiksi FI.',
    sv: 'Använd en landskod med två bokstäver, till exempel FI.',
    en: 'Use a two-letter country code such as FI.',
  },
  'learning-outcomes-missing': {
    fi: 'Kirjaa vähintään yksi osaamistavoite.',
    sv: 'Ange minst ett lärandemål.',
    en: 'Write at least one learning outcome.',
  },
  'learning-outcome-text-missing': {
    fi: 'Osaamistavoitteelta puuttuu teksti.',
    sv: 'Lärandemålet saknar text.',
    en: 'This learning outcome has no text.',
  },
  'skill-uri-invalid': {
    fi: 'Taidon pitää olla ESCO-käsitteen osoite (http://data.europa.eu/esco/skill/…).',
    sv: 'Färdigheten ska vara en ESCO-adress (http://data.europa.eu/esco/skill/…).',
    en: 'A skill must be an ESCO concept URI (http://data.europa.eu/esco/skill/…).',
  },
  'ects-missing': {
    fi: 'Anna laajuus opintopisteinä.',
    sv: 'Ange omfattningen i studiepoäng.',
    en: 'Give the workload in ECTS credits.',
  },
  'ects-out-of-range': {
    fi: 'Pienen osaamiskokonaisuuden laajuus on 1–59 opintopistettä.',
    sv: 'En mikromerit omfattar 1–59 studiepoäng.',
    en: 'A micro-credential is 1–59 ECTS credits.',
  },
  'hours-invalid': {
    fi: 'Työmäärän tunteina pitää olla positiivinen luku.',
    sv: 'Arbetsmängden i timmar ska vara ett positivt tal.',
    en: 'The workload in hours must be a positive number.',
  },
  'workload-hours-mismatch': {
    fi: 'Tunnit ({n} h) poikkeavat yli 20 % opintopisteiden mukaisesta työmäärästä (27 h/op).',
    sv: 'Timmarna ({n} h) avviker mer än 20 % från studiepoängen (27 h/sp).',
    en: 'The hours ({n} h) differ by more than 20 % from the ECTS credits (27 h each).',
  },
  'eqf-level-missing': {
    fi: 'Valitse EQF-taso tai "ei sovellu".',
    sv: 'Välj EQF-nivå eller "ej tillämplig".',
    en: 'Choose an EQF level, or "not applicable".',
  },
  'eqf-level-invalid': {
    fi: 'EQF-taso on 1–8 tai "ei sovellu".',
    sv: 'EQF-nivån är 1–8 eller "ej tillämplig".',
    en: 'The EQF level is 1–8, or "not applicable".',
  },
  'qf-ehea-cycle-invalid': {
    fi: 'Tuntematon QF-EHEA-sykli.',
    sv: 'Okänd QF-EHEA-cykel.',
    en: 'Unknown QF-EHEA cycle.',
  },
  'level-cycle-mismatch': {
    fi: 'EQF-taso ja QF-EHEA-sykli eivät vastaa toisiaan (sykli vastaa EQF-tasoa {n}).',
    sv: 'EQF-nivån och QF-EHEA-cykeln stämmer inte överens (cykeln motsvarar EQF-nivå {n}).',
    en: 'The EQF level and the QF-EHEA cycle disagree (the cycle corresponds to EQF level {n}).',
  },
  'nqf-level-invalid': {
    fi: 'Kansallisen viitekehyksen taso on 1–8.',
    sv: 'Den nationella referensramens nivå är 1–8.',
    en: 'The national framework level is 1–8.',
  },
  'isced-field-invalid': {
    fi: 'Käytä ISCED-F 2013 -koodia (2–4 numeroa), esimerkiksi 0613.',
    sv: 'Använd en ISCED-F 2013-kod (2–4 siffror), till exempel 0613.',
    en: 'Use an ISCED-F 2013 code (2–4 digits) such as 0613.',
  },
  'assessment-type-missing': {
    fi: 'Valitse vähintään yksi arviointitapa.',
    sv: 'Välj minst en bedömningsform.',
    en: 'Choose at least one type of assessment.',
  },
  'assessment-type-unknown': {
    fi: 'Tuntematon arviointitapa.',
    sv: 'Okänd bedömningsform.',
    en: 'Unknown type of assessment.',
  },
  'form-of-participation-missing': {
    fi: 'Valitse vähintään yksi osallistumistapa.',
    sv: 'Välj minst en deltagandeform.',
    en: 'Choose at least one form of participation.',
  },
  'form-of-participation-unknown': {
    fi: 'Tuntematon osallistumistapa.',
    sv: 'Okänd deltagandeform.',
    en: 'Unknown form of participation.',
  },
  'learning-setting-unknown': {
    fi: 'Oppimisympäristö on formaali tai nonformaali.',
    sv: 'Lärmiljön är formell eller icke-formell.',
    en: 'The learning setting is formal or non-formal.',
  },
  'supervision-unknown': {
    fi: 'Tuntematon valvonnan ja henkilöllisyyden tarkistuksen taso.',
    sv: 'Okänd nivå av övervakning och identitetskontroll.',
    en: 'Unknown level of supervision and identity verification.',
  },
  'grading-scheme-unknown': {
    fi: 'Arvosteluasteikko on 0–5 tai hyväksytty/hylätty.',
    sv: 'Bedömningsskalan är 0–5 eller godkänd/underkänd.',
    en: 'The grading scheme is 0–5 or pass/fail.',
  },
  'quality-assurance-missing': {
    fi: 'Kerro, miten laatu varmistetaan.',
    sv: 'Beskriv hur kvaliteten säkras.',
    en: 'Describe the type of quality assurance.',
  },
  'language-unknown': {
    fi: 'Käytä kaksikirjaimista kielikoodia, esimerkiksi fi.',
    sv: 'Använd en språkkod med två bokstäver, till exempel sv.',
    en: 'Use a two-letter language code such as en.',
  },
  'price-invalid': {
    fi: 'Hinnan pitää olla nolla tai positiivinen summa senteissä.',
    sv: 'Priset ska vara noll eller ett positivt belopp i cent.',
    en: 'The price must be zero or a positive amount in cents.',
  },
  'link-url-invalid': {
    fi: 'Linkin pitää alkaa http:// tai https://.',
    sv: 'Länken ska börja med http:// eller https://.',
    en: 'A link must start with http:// or https://.',
  },
  'stackable-target-missing': {
    fi: 'Nimeä kokonaisuus, johon tämä voidaan liittää.',
    sv: 'Ange helheten som detta kan ingå i.',
    en: 'Name the whole this can be stacked towards.',
  },
  'learning-outcome-without-skill': {
    fi: 'Liitä osaamistavoitteeseen ESCO-taito, jotta osaaminen on vertailtavissa.',
    sv: 'Koppla en ESCO-färdighet till lärandemålet så att kompetensen blir jämförbar.',
    en: 'Link an ESCO skill to this outcome so that the competence is comparable.',
  },
  'learning-outcome-not-observable': {
    fi: 'Kirjoita tavoite siitä, mitä oppija osaa tehdä (esim. "osaa analysoida"), ei "ymmärtää" tai "tuntee".',
    sv: 'Skriv målet som något den studerande kan göra (t.ex. "kan analysera"), inte "förstår" eller "känner till".',
    en: 'Write the outcome as something the learner can do ("can analyse"), not "understands" or "knows".',
  },
  'summary-missing': {
    fi: 'Lyhyt kuvaus auttaa oppijaa ja työnantajaa.',
    sv: 'En kort sammanfattning hjälper studerande och arbetsgivare.',
    en: 'A short summary helps learners and employers.',
  },
  'languages-missing': {
    fi: 'Kerro opetuskieli.',
    sv: 'Ange undervisningsspråket.',
    en: 'Give the language of instruction.',
  },
} as const satisfies Record<string, Required<LanguageMap>>

export type ValidationCode = keyof typeof validationMessages
