import jsonldUrl from 'jsonld/lib/url.js'
import { byCodeUnits } from './canonical-n-quads.js'
import {
  type CompiledContext,
  initialContext,
  internContext,
  isKeyword,
  type TermInfo,
} from './compiled-context.js'
import {
  type BlankNode,
  type Literal,
  literal,
  type NamedNode,
  namedNode,
  type Quad,
  rdfFirst,
  rdfLangString,
  rdfNil,
  rdfRest,
  rdfType,
  xsdBoolean,
  xsdDouble,
  xsdInteger,
  xsdString,
} from './n-quads.js'
import { NotCovered } from './not-covered.js'

/** The RDF dataset of one document: its quads and how many blank nodes they number. */
export type Dataset = { readonly quads: Quad[]; readonly blankNodeCount: number }

/** One expanded value: a node, a literal (with its JSON-LD identity) or a list. */
type Item =
  | { readonly kind: 'node'; readonly node: NamedNode | BlankNode }
  | {
      readonly kind: 'literal'
      readonly literal: Literal
      /** The JSON-LD value object's own value and type, which jsonld.js compares. */
      readonly value: string | number | boolean
      readonly type: string | null
    }
  | { readonly kind: 'list'; readonly items: Item[] }

const bcp47 = /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/
const coveredContainers = new Set(['@set', '@list', '@language', '@graph'])
const rdfTypeNode = namedNode(rdfType)
const rdfFirstNode = namedNode(rdfFirst)
const rdfRestNode = namedNode(rdfRest)
const rdfNilNode = namedNode(rdfNil)

/** Predicates and types repeat in every document: their N-Quads forms are kept. */
const vocabularyNodes = new Map<string, NamedNode & { isAbsolute: boolean }>()
function vocabularyNode(iri: string): NamedNode & { isAbsolute: boolean } {
  let node = vocabularyNodes.get(iri)
  if (node === undefined) {
    node = { ...namedNode(iri), isAbsolute: jsonldUrl.isAbsolute(iri) }
    if (vocabularyNodes.size < 10_000) {
      vocabularyNodes.set(iri, node)
    }
  }
  return node
}

const isAbsoluteIri = (value: string): boolean => jsonldUrl.isAbsolute(value)

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return false
  }
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/**
 * Turns a JSON-LD document whose context is already compiled into the RDF dataset jsonld.js's
 * toRDF would make of it in safe mode — the same quads, up to blank node labels, and the same
 * duplicates dropped (jsonld.js's node map keeps a value once per subject and property). It
 * follows jsonld.js's expansion step by step (lib/expand.js: type-scoped context revert,
 * property-scoped contexts, type-scoped contexts from sorted types, value expansion, language
 * maps, lists) and its RDF conversion (lib/toRdf.js: numbers, booleans, datatypes, lists). What
 * it does not cover, or what jsonld.js would warn about (and safe mode then refuse), throws
 * NotCovered; a context not yet compiled throws ContextNotCompiled.
 */
export function toQuads(document: Record<string, unknown>, context = initialContext): Dataset {
  const converter = new Converter()
  converter.topLevel(document, context)
  converter.dropRepeatsOfNamedNodes()
  return { quads: converter.quads, blankNodeCount: converter.blankNodeCount }
}

class Converter {
  readonly quads: Quad[] = []
  blankNodeCount = 0
  /**
   * The named graph quads go to: an embedded proof's (a `@graph` container makes one, named by a
   * blank node), else the default graph. `graphKey` qualifies node identities by it, because
   * jsonld.js's node map keeps every graph's nodes apart.
   */
  private graph: BlankNode | undefined
  private graphKey = ''
  private readonly seen = new Set<string>()
  /** How often each named node occurs as a node object, and the values added to named nodes. */
  private readonly namedOccurrences = new Map<string, number>()
  private readonly namedEntries: {
    index: number
    graphKey: string
    property: string
    item: Item
  }[] = []

  topLevel(document: Record<string, unknown>, context: CompiledContext): void {
    const { count, hasId } = this.nodeObject(document, null, context)
    if (count === 0 || (count === 1 && hasId)) {
      throw new NotCovered('the top-level object has no properties or types')
    }
  }

  /**
   * Expands one node object (jsonld.js's expand for an object, then _expandObject) and adds its
   * quads; answers its node and how many entries its expansion has (the caller judges an empty one).
   */
  private nodeObject(
    element: Record<string, unknown>,
    activeProperty: string | null,
    activeContext: CompiledContext,
  ): { node: NamedNode | BlankNode; count: number; hasId: boolean } {
    if (!isPlainObject(element)) {
      throw new NotCovered('a value is not a plain JSON object')
    }
    const keys = Object.keys(element).sort(byCodeUnits)
    let context = activeContext
    const propertyScoped =
      activeProperty === null ? undefined : context.term(activeProperty).scopedContext
    // Revert a type-scoped context unless the element is a node reference.
    const typeScopedBefore = context.active.previousContext ? context : undefined
    let mustRevert = true
    if (typeScopedBefore !== undefined && keys.length <= 2 && !keys.includes('@context')) {
      for (const key of keys) {
        const iri = typeScopedBefore.term(key).iri
        if (iri === '@value') {
          throw new NotCovered('a value object')
        }
        if (iri === '@id' && keys.length === 1) {
          mustRevert = false
          break
        }
      }
    }
    if (mustRevert) {
      context = context.revert()
    }
    if (propertyScoped !== undefined) {
      context = context.derive(propertyScoped, 'property')
    }
    if ('@context' in element) {
      // Top-level or nested (an embedded credential's, say): jsonld.js processes both alike.
      context = context.derive(internContext(element['@context']), 'embedded')
    }
    const typeScopedContext = context
    for (const key of keys) {
      if (context.term(key).iri === '@type') {
        const value = element[key]
        const types = Array.isArray(value)
          ? value.length > 1
            ? [...value].sort(byCodeUnits)
            : value
          : [value]
        for (const type of types) {
          if (typeof type !== 'string') {
            throw new NotCovered('a @type that is not a string')
          }
          const scoped = typeScopedContext.term(type).scopedContext
          if (scoped !== undefined) {
            context = context.derive(scoped, 'type')
          }
        }
      }
    }

    // The node's identifier first, so that every quad has its subject.
    let node: NamedNode | BlankNode | undefined
    for (const key of keys) {
      if (key !== '@context' && context.term(key).iri === '@id') {
        if (node !== undefined) {
          throw new NotCovered('colliding @id keys')
        }
        node = this.iriOf(context.idIri(stringOf(element[key], '@id')), '@id')
      }
    }
    const hasId = node !== undefined
    if (typeof node === 'object') {
      const key = `${this.graphKey}\u0000${node.value}`
      this.namedOccurrences.set(key, (this.namedOccurrences.get(key) ?? 0) + 1)
    }
    const subject = node ?? this.blankNode()

    const expanded = new Set<string>()
    for (const key of keys) {
      if (key === '@context') {
        continue
      }
      const value = element[key]
      const info = context.term(key)
      const iri = info.iri
      if (iri === null || !(info.isAbsolute || isKeyword(iri))) {
        throw new NotCovered(`the term ${JSON.stringify(key)} is not defined`)
      }
      if (iri === '@id') {
        expanded.add(iri)
        continue
      }
      if (iri === '@type') {
        if (!(typeof value === 'string' || Array.isArray(value))) {
          throw new NotCovered('a @type that is not a string or array')
        }
        const types: Item[] = []
        for (const type of Array.isArray(value) ? value : [value]) {
          types.push({ kind: 'node', node: this.typeNode(typeScopedContext, type) })
        }
        this.add(subject, '@type', rdfTypeNode, types, expanded.has('@type'))
        // jsonld.js adds no @type entry for an empty array.
        if (types.length > 0) {
          expanded.add(iri)
        }
        continue
      }
      if (isKeyword(iri)) {
        throw new NotCovered(`the keyword ${iri}`)
      }
      if (value === null || value === undefined) {
        continue
      }
      const items = this.propertyValues(context, key, info, value)
      this.add(subject, iri, vocabularyNode(iri), items, expanded.has(iri))
      expanded.add(iri)
    }
    return { node: subject, count: expanded.size, hasId }
  }

  /** The expanded values of one property (the non-keyword branch of _expandObject). */
  private propertyValues(
    context: CompiledContext,
    key: string,
    info: TermInfo,
    value: unknown,
  ): Item[] {
    if (info.isReverse) {
      throw new NotCovered(`the reverse property ${JSON.stringify(key)}`)
    }
    if (info.type === '@json') {
      throw new NotCovered(`the JSON literal property ${JSON.stringify(key)}`)
    }
    for (const container of info.container) {
      if (!coveredContainers.has(container)) {
        throw new NotCovered(`the ${container} container of ${JSON.stringify(key)}`)
      }
    }
    const termContext =
      info.scopedContext === undefined ? context : context.derive(info.scopedContext, 'property')
    if (termContext.term(key).isReverse) {
      throw new NotCovered(`the reverse property ${JSON.stringify(key)}`)
    }
    if (info.container.includes('@graph')) {
      return this.graphContainer(termContext, key, info, value)
    }
    let items: Item[]
    if (info.container.includes('@language') && isPlainObject(value)) {
      items = this.languageMap(termContext, key, value)
    } else if (Array.isArray(value)) {
      items = this.array(termContext, key, value)
    } else if (isPlainObject(value)) {
      items = [{ kind: 'node', node: this.nodeObject(value, key, termContext).node }]
    } else {
      items = [this.scalar(termContext, key, value)]
    }
    if (info.container.includes('@list')) {
      return [{ kind: 'list', items }]
    }
    return items
  }

  /**
   * A `@graph` container's values (a Data Integrity proof): jsonld.js wraps each expanded node
   * object in a graph object with no `@id`, names it by a new blank node, which is the property's
   * value, and puts the node's quads in that graph.
   */
  private graphContainer(
    context: CompiledContext,
    key: string,
    info: TermInfo,
    value: unknown,
  ): Item[] {
    if (
      info.container.length !== 1 &&
      !(info.container.length === 2 && info.container.includes('@set'))
    ) {
      throw new NotCovered(`the ${info.container.join(' ')} container of ${JSON.stringify(key)}`)
    }
    const items: Item[] = []
    for (const each of Array.isArray(value) ? value : [value]) {
      if (each === null || each === undefined) {
        continue
      }
      if (!isPlainObject(each)) {
        throw new NotCovered(
          `a value of the graph container ${JSON.stringify(key)} that is not an object`,
        )
      }
      const graph = this.blankNode()
      const outer = { graph: this.graph, graphKey: this.graphKey }
      this.graph = graph
      this.graphKey = `_${graph}`
      try {
        const { count, hasId } = this.nodeObject(each, key, context)
        // jsonld.js drops an empty node (and keeps a node reference) inside the graph object.
        if (count === 0 || (count === 1 && hasId)) {
          throw new NotCovered(`an empty node in the graph container ${JSON.stringify(key)}`)
        }
      } finally {
        this.graph = outer.graph
        this.graphKey = outer.graphKey
      }
      items.push({ kind: 'node', node: graph })
    }
    return items
  }

  private array(context: CompiledContext, key: string, values: unknown[]): Item[] {
    const insideList = context.term(key).container.includes('@list')
    const items: Item[] = []
    for (const value of values) {
      if (value === null || value === undefined) {
        continue
      }
      if (Array.isArray(value)) {
        throw new NotCovered(insideList ? 'a list of lists' : 'a nested array')
      }
      if (isPlainObject(value)) {
        items.push({ kind: 'node', node: this.nodeObject(value, key, context).node })
      } else {
        items.push(this.scalar(context, key, value))
      }
    }
    return items
  }

  /** jsonld.js's _expandLanguageMap. */
  private languageMap(context: CompiledContext, key: string, map: Record<string, unknown>): Item[] {
    if (context.term(key).direction !== null) {
      throw new NotCovered('a language map with a base direction')
    }
    const items: Item[] = []
    for (const language of Object.keys(map).sort(byCodeUnits)) {
      const expandedLanguage = context.term(language).iri
      const value = map[language]
      for (const text of Array.isArray(value) ? value : [value]) {
        if (text === null) {
          continue
        }
        if (typeof text !== 'string') {
          throw new NotCovered('a language map value that is not a string')
        }
        if (expandedLanguage === '@none') {
          items.push(this.literalItem(text, null, undefined))
          continue
        }
        if (!bcp47.test(language)) {
          throw new NotCovered(`the language tag ${JSON.stringify(language)}`)
        }
        items.push(this.literalItem(text, null, language.toLowerCase()))
      }
    }
    return items
  }

  /** jsonld.js's _expandValue, then _objectToRDF. */
  private scalar(context: CompiledContext, key: string, value: unknown): Item {
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      throw new NotCovered('a value that is not JSON')
    }
    const info = context.term(key)
    const type = info.type
    if (type === '@id' && typeof value === 'string') {
      return { kind: 'node', node: this.iriOf(context.idIri(value), 'an @id-coerced value') }
    }
    if (type === '@vocab' && typeof value === 'string') {
      return { kind: 'node', node: this.iriOf(context.vocabIri(value), 'a @vocab-coerced value') }
    }
    if (typeof type === 'string' && type !== '@id' && type !== '@vocab' && type !== '@none') {
      if (!isAbsoluteIri(type) || type.startsWith('_:')) {
        throw new NotCovered(`the datatype ${JSON.stringify(type)}`)
      }
      return this.literalItem(value, type, undefined)
    }
    if (type !== null && type !== '@id' && type !== '@vocab' && type !== '@none') {
      throw new NotCovered('an unexpected type coercion')
    }
    if (typeof value === 'string') {
      if (info.direction !== null) {
        throw new NotCovered('a base direction')
      }
      if (info.language !== null) {
        if (typeof info.language !== 'string') {
          throw new NotCovered('an unexpected default language')
        }
        return this.literalItem(value, null, info.language)
      }
    }
    return this.literalItem(value, null, undefined)
  }

  /** A value object {@value, @type?, @language?} as an RDF literal (toRdf.js _objectToRDF). */
  private literalItem(
    value: string | number | boolean,
    datatype: string | null,
    language: string | undefined,
  ): Item {
    let lexical: string
    let type: string
    if (typeof value === 'boolean') {
      lexical = value.toString()
      type = datatype ?? xsdBoolean
    } else if (isDouble(value) || datatype === xsdDouble) {
      const number = isDouble(value) ? (value as number) : Number.parseFloat(String(value))
      lexical = number.toExponential(15).replace(/(\d)0*e\+?/, '$1E')
      type = datatype ?? xsdDouble
    } else if (typeof value === 'number') {
      lexical = value.toFixed(0)
      type = datatype ?? xsdInteger
    } else if (language !== undefined) {
      lexical = value
      type = datatype ?? rdfLangString
    } else {
      lexical = value
      type = datatype ?? xsdString
    }
    return { kind: 'literal', literal: literal(lexical, type, language), value, type: datatype }
  }

  /** An absolute IRI as a named node; anything else (relative, blank, keyword) is not covered. */
  private iriOf(iri: string | null, what: string): NamedNode {
    if (iri === null || !isAbsoluteIri(iri) || iri.startsWith('_:')) {
      throw new NotCovered(`${what} that is not an absolute IRI`)
    }
    return namedNode(iri)
  }

  /** A value of @type as a named node (expanded with the type-scoped context, as jsonld.js does). */
  private typeNode(context: CompiledContext, type: unknown): NamedNode {
    const iri = context.typeIri(stringOf(type, '@type'))
    if (iri === null || iri.startsWith('_:')) {
      throw new NotCovered('a @type that is not an absolute IRI')
    }
    const node = vocabularyNode(iri)
    if (!node.isAbsolute) {
      throw new NotCovered('a @type that is not an absolute IRI')
    }
    return node
  }

  private blankNode(): BlankNode {
    const node = this.blankNodeCount
    this.blankNodeCount += 1
    return node
  }

  /**
   * Adds subject–predicate–items, each value once as jsonld.js's node map keeps it (it compares
   * @value, @type and @language, or @id); lists and blank nodes are always new. Repeats within
   * one node object are dropped here; a named node that occurs in several places is merged by
   * {@link dropRepeatsOfNamedNodes} at the end.
   */
  private add(
    subject: NamedNode | BlankNode,
    property: string,
    predicate: NamedNode,
    items: Item[],
    isRepeatedProperty: boolean,
  ): void {
    const local = items.length > 1 && !isRepeatedProperty ? new Set<string>() : undefined
    const isNamed = typeof subject !== 'number'
    for (const item of items) {
      if (item.kind === 'list') {
        this.quads.push({ subject, predicate, object: this.list(item.items), graph: this.graph })
        continue
      }
      if (item.kind === 'node' && typeof item.node === 'number') {
        this.quads.push({ subject, predicate, object: item.node, graph: this.graph })
        continue
      }
      if (isRepeatedProperty) {
        const key = `${this.graphKey}\u0000${typeof subject === 'number' ? `_${subject}` : subject.value}\u0000${property}\u0000${identityOf(item)}`
        if (this.seen.has(key)) {
          continue
        }
        this.seen.add(key)
      } else if (local !== undefined) {
        const identity = identityOf(item)
        if (local.has(identity)) {
          continue
        }
        local.add(identity)
      }
      if (isNamed) {
        this.namedEntries.push({
          index: this.quads.length,
          graphKey: this.graphKey,
          property,
          item,
        })
      }
      this.quads.push({
        subject,
        predicate,
        object: item.kind === 'node' ? item.node : item.literal,
        graph: this.graph,
      })
    }
  }

  /** Merges the values of named nodes that occur more than once, as jsonld.js's node map does. */
  dropRepeatsOfNamedNodes(): void {
    const repeated = [...this.namedOccurrences].filter(([, count]) => count > 1)
    if (repeated.length === 0) {
      return
    }
    const subjects = new Set(repeated.map(([key]) => key))
    const seen = new Set<string>()
    const dropped = new Set<number>()
    for (const { index, graphKey, property, item } of this.namedEntries) {
      const subject = this.quads[index]?.subject
      const subjectKey = typeof subject === 'object' ? `${graphKey}\u0000${subject.value}` : ''
      if (!subjects.has(subjectKey)) {
        continue
      }
      const key = `${subjectKey}\u0000${property}\u0000${identityOf(item)}`
      if (seen.has(key)) {
        dropped.add(index)
      } else {
        seen.add(key)
      }
    }
    if (dropped.size > 0) {
      const kept = this.quads.filter((_, index) => !dropped.has(index))
      this.quads.length = 0
      this.quads.push(...kept)
    }
  }

  /** An RDF collection (toRdf.js _listToRDF): its head, or rdf:nil when empty. */
  private list(items: Item[]): NamedNode | BlankNode {
    if (items.length === 0) {
      return rdfNilNode
    }
    const head = this.blankNode()
    let subject = head
    items.forEach((item, index) => {
      if (item.kind === 'list') {
        throw new NotCovered('a list of lists')
      }
      const object = item.kind === 'node' ? item.node : item.literal
      this.quads.push({ subject, predicate: rdfFirstNode, object, graph: this.graph })
      const next = index === items.length - 1 ? rdfNilNode : this.blankNode()
      this.quads.push({ subject, predicate: rdfRestNode, object: next, graph: this.graph })
      if (typeof next === 'number') {
        subject = next
      }
    })
    return head
  }
}

function identityOf(item: Item): string {
  if (item.kind === 'node') {
    return `@id:${(item.node as NamedNode).value}`
  }
  if (item.kind === 'literal') {
    const language = item.literal.language ?? ''
    return `${typeof item.value}:${String(item.value)}\u0001${item.type ?? ''}\u0001${language}`
  }
  return ''
}

/** jsonld.js's types.isDouble: a number written with a point, or at least 1e21. */
function isDouble(value: unknown): boolean {
  return typeof value === 'number' && (String(value).indexOf('.') !== -1 || Math.abs(value) >= 1e21)
}

function stringOf(value: unknown, what: string): string {
  if (typeof value !== 'string') {
    throw new NotCovered(`a ${what} value that is not a string`)
  }
  return value
}
