// N-Quads terms written exactly as rdf-canonize 5 writes them (lib/NQuads.js,
// serializeQuadComponents): the same escapes for literals and IRIs, the same datatype rules.

export const rdfType = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type'
export const rdfFirst = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#first'
export const rdfRest = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#rest'
export const rdfNil = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#nil'
export const rdfLangString = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString'
export const xsdString = 'http://www.w3.org/2001/XMLSchema#string'
export const xsdBoolean = 'http://www.w3.org/2001/XMLSchema#boolean'
export const xsdDouble = 'http://www.w3.org/2001/XMLSchema#double'
export const xsdInteger = 'http://www.w3.org/2001/XMLSchema#integer'

/** A named node, with its N-Quads form. */
export type NamedNode = { readonly value: string; readonly nq: string }

/** A literal, with its N-Quads form. */
export type Literal = {
  readonly value: string
  readonly datatype: string
  readonly language: string | undefined
  readonly nq: string
}

/** A blank node is a number, unique within one document's quads. */
export type BlankNode = number

export type Quad = {
  readonly subject: NamedNode | BlankNode
  readonly predicate: NamedNode
  readonly object: NamedNode | BlankNode | Literal
  /** The named graph (an embedded proof's); absent for the default graph. */
  readonly graph?: NamedNode | BlankNode | undefined
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: N-Quads escapes exactly these
const literalEscape = /[\u0000-\u001F\u007F"\\]/g
const literalEscapes: Record<string, string> = {
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\f': '\\f',
  '\r': '\\r',
  '"': '\\"',
  '\\': '\\\\',
}
// biome-ignore lint/suspicious/noControlCharactersInRegex: N-Quads escapes exactly these
const iriEscape = /[\u0000-\u0020<>"{}|^`\\]/g

const unicodeEscape = (character: string): string =>
  `\\u${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`

export function escapeLiteral(text: string): string {
  literalEscape.lastIndex = 0
  if (!literalEscape.test(text)) {
    return text
  }
  return text.replace(
    literalEscape,
    (character) => literalEscapes[character] ?? unicodeEscape(character),
  )
}

export function escapeIri(text: string): string {
  iriEscape.lastIndex = 0
  if (!iriEscape.test(text)) {
    return text
  }
  return text.replace(iriEscape, unicodeEscape)
}

export function namedNode(value: string): NamedNode {
  return { value, nq: `<${escapeIri(value)}>` }
}

export function literal(value: string, datatype: string, language: string | undefined): Literal {
  let nq = `"${escapeLiteral(value)}"`
  if (datatype === rdfLangString) {
    if (language) {
      nq += `@${language}`
    }
  } else if (datatype !== xsdString) {
    nq += `^^<${escapeIri(datatype)}>`
  }
  return { value, datatype, language, nq }
}
