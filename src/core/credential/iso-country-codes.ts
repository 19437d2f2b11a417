// ISO 3166-1 alpha-2 → alpha-3 for the countries of the EU and EEA, Switzerland and the United
// Kingdom: the EU country authority table (…/authority/country/FIN) is keyed by alpha-3, Osaamo's
// organisations by alpha-2. Other countries are left out rather than guessed.
const alpha3: Readonly<Record<string, string>> = {
  AT: 'AUT',
  BE: 'BEL',
  BG: 'BGR',
  CH: 'CHE',
  CY: 'CYP',
  CZ: 'CZE',
  DE: 'DEU',
  DK: 'DNK',
  EE: 'EST',
  ES: 'ESP',
  FI: 'FIN',
  FR: 'FRA',
  GB: 'GBR',
  GR: 'GRC',
  HR: 'HRV',
  HU: 'HUN',
  IE: 'IRL',
  IS: 'ISL',
  IT: 'ITA',
  LI: 'LIE',
  LT: 'LTU',
  LU: 'LUX',
  LV: 'LVA',
  MT: 'MLT',
  NL: 'NLD',
  NO: 'NOR',
  PL: 'POL',
  PT: 'PRT',
  RO: 'ROU',
  SE: 'SWE',
  SI: 'SVN',
  SK: 'SVK',
}

/** The alpha-3 code of a European country's alpha-2 code, or undefined for others. */
export function toAlpha3CountryCode(alpha2: string): string | undefined {
  return alpha3[alpha2.toUpperCase()]
}
