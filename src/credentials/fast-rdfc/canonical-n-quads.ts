import { createHash, hash as oneShotHash } from 'node:crypto'
import rdfCanonize from 'rdf-canonize'
import type { BlankNode, NamedNode, Quad } from './n-quads.js'
import type { Dataset } from './to-quads.js'

/**
 * The RDFC-1.0 canonical N-Quads of a dataset, written and sorted exactly as rdf-canonize 5
 * writes them (lib/RDFC10Sync.js, lib/NQuads.js). When every blank node has its own first-degree
 * hash — most blank nodes of a credential — canonical labels are issued in the order of those
 * hashes (steps 4–5); blank nodes that share a hash (two equal addresses of one organisation,
 * say) go through Hash N-Degree Quads (step 6), ported from rdf-canonize with the same work limit.
 * Past that limit the dataset goes to rdf-canonize itself, which then gives the general path's
 * limit error.
 * @see https://www.w3.org/TR/rdf-canon/#canon-algorithm
 */
export async function toCanonicalNQuadsOf(
  dataset: Dataset,
  signal?: () => AbortSignal,
): Promise<string> {
  try {
    return new Canonicaliser(dataset).canonical()
  } catch (error) {
    if (error instanceof DeepIterationsExceeded) {
      return canonicalByRdfCanonize(dataset, signal?.())
    }
    throw error
  }
}

class DeepIterationsExceeded extends Error {}

/** Issues identifiers with a prefix and a counter, remembering the order (IdentifierIssuer). */
class IdentifierIssuer {
  constructor(
    private readonly prefix: string,
    private readonly issued = new Map<number, string>(),
    private counter = 0,
  ) {}

  clone(): IdentifierIssuer {
    return new IdentifierIssuer(this.prefix, new Map(this.issued), this.counter)
  }

  getId(node: number): string {
    let id = this.issued.get(node)
    if (id === undefined) {
      id = `${this.prefix}${this.counter}`
      this.counter += 1
      this.issued.set(node, id)
    }
    return id
  }

  hasId(node: number): boolean {
    return this.issued.has(node)
  }

  oldIds(): number[] {
    return [...this.issued.keys()]
  }
}

class Canonicaliser {
  private readonly quadsOf: Quad[][]
  private readonly firstDegree: (string | undefined)[]
  private readonly canonicalIssuer = new IdentifierIssuer('c14n')
  private remainingDeepIterations = 0

  constructor(private readonly dataset: Dataset) {
    const { quads, blankNodeCount } = dataset
    this.quadsOf = Array.from({ length: blankNodeCount }, () => [])
    // Quads by blank node (subject, object or graph name), each quad once per blank node.
    for (const quad of quads) {
      const { subject, object, graph } = quad
      if (typeof subject === 'number') {
        this.quadsOf[subject]?.push(quad)
      }
      if (typeof object === 'number' && object !== subject) {
        this.quadsOf[object]?.push(quad)
      }
      if (typeof graph === 'number' && graph !== subject && graph !== object) {
        this.quadsOf[graph]?.push(quad)
      }
    }
    this.firstDegree = new Array(blankNodeCount)
  }

  canonical(): string {
    const hashToNodes = new Map<string, number[]>()
    this.quadsOf.forEach((related, node) => {
      if (related.length === 0) {
        return
      }
      const hash = firstDegreeHash(node, related)
      this.firstDegree[node] = hash
      const nodes = hashToNodes.get(hash)
      if (nodes === undefined) {
        hashToNodes.set(hash, [node])
      } else {
        nodes.push(node)
      }
    })
    const nonUnique: number[][] = []
    for (const hash of [...hashToNodes.keys()].sort(byCodeUnits)) {
      const nodes = hashToNodes.get(hash) ?? []
      if (nodes.length > 1) {
        nonUnique.push(nodes)
      } else {
        this.canonicalIssuer.getId(nodes[0] as number)
      }
    }
    // rdf-canonize's default work factor 1: as many deep iterations as non-unique blank nodes.
    this.remainingDeepIterations = nonUnique.reduce((count, nodes) => count + nodes.length, 0)
    for (const nodes of nonUnique) {
      const hashPaths: { hash: string; issuer: IdentifierIssuer }[] = []
      for (const node of nodes) {
        if (this.canonicalIssuer.hasId(node)) {
          continue
        }
        const issuer = new IdentifierIssuer('b')
        issuer.getId(node)
        hashPaths.push(this.hashNDegreeQuads(node, issuer))
      }
      hashPaths.sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0))
      for (const { issuer } of hashPaths) {
        for (const node of issuer.oldIds()) {
          this.canonicalIssuer.getId(node)
        }
      }
    }
    const labels = Array.from(
      { length: this.dataset.blankNodeCount },
      (_, node) => `_:${this.canonicalIssuer.getId(node)}`,
    )
    return sortedNQuads(this.dataset.quads, labels)
  }

  /** RDFC-1.0 Hash Related Blank Node. */
  private hashRelatedBlankNode(
    related: number,
    quad: Quad,
    issuer: IdentifierIssuer,
    position: 's' | 'o' | 'g',
  ): string {
    const id = this.canonicalIssuer.hasId(related)
      ? `_:${this.canonicalIssuer.getId(related)}`
      : issuer.hasId(related)
        ? `_:${issuer.getId(related)}`
        : (this.firstDegree[related] ?? '')
    // The predicate is part of the input except for the graph position (RDFC-1.0 4.7.3 step 3).
    const input = position === 'g' ? `g${id}` : `${position}<${quad.predicate.value}>${id}`
    return oneShotHash('sha256', input, 'hex')
  }

  /** RDFC-1.0 Hash N-Degree Quads, as rdf-canonize 5 implements it. */
  private hashNDegreeQuads(
    node: number,
    pathIssuer: IdentifierIssuer,
  ): { hash: string; issuer: IdentifierIssuer } {
    if (this.remainingDeepIterations === 0) {
      throw new DeepIterationsExceeded()
    }
    this.remainingDeepIterations -= 1
    let issuer = pathIssuer
    const hashToRelated = new Map<string, number[]>()
    const addRelated = (related: number, quad: Quad, position: 's' | 'o' | 'g') => {
      const hash = this.hashRelatedBlankNode(related, quad, issuer, position)
      const nodes = hashToRelated.get(hash)
      if (nodes === undefined) {
        hashToRelated.set(hash, [related])
      } else {
        nodes.push(related)
      }
    }
    for (const quad of this.quadsOf[node] ?? []) {
      if (typeof quad.subject === 'number' && quad.subject !== node) {
        addRelated(quad.subject, quad, 's')
      }
      if (typeof quad.object === 'number' && quad.object !== node) {
        addRelated(quad.object, quad, 'o')
      }
      if (typeof quad.graph === 'number' && quad.graph !== node) {
        addRelated(quad.graph, quad, 'g')
      }
    }
    const digest = createHash('sha256')
    for (const hash of [...hashToRelated.keys()].sort(byCodeUnits)) {
      digest.update(hash, 'utf8')
      let chosenPath = ''
      let chosenIssuer: IdentifierIssuer | undefined
      for (const permutation of permutations(hashToRelated.get(hash) ?? [])) {
        let issuerCopy = issuer.clone()
        let path = ''
        const recursionList: number[] = []
        let skip = false
        for (const related of permutation) {
          if (this.canonicalIssuer.hasId(related)) {
            path += `_:${this.canonicalIssuer.getId(related)}`
          } else {
            if (!issuerCopy.hasId(related)) {
              recursionList.push(related)
            }
            path += `_:${issuerCopy.getId(related)}`
          }
          if (chosenPath.length !== 0 && path > chosenPath) {
            skip = true
            break
          }
        }
        if (skip) {
          continue
        }
        for (const related of recursionList) {
          const result = this.hashNDegreeQuads(related, issuerCopy)
          path += `_:${issuerCopy.getId(related)}`
          path += `<${result.hash}>`
          issuerCopy = result.issuer
          if (chosenPath.length !== 0 && path > chosenPath) {
            skip = true
            break
          }
        }
        if (skip) {
          continue
        }
        if (chosenPath.length === 0 || path < chosenPath) {
          chosenPath = path
          chosenIssuer = issuerCopy
        }
      }
      digest.update(chosenPath, 'utf8')
      issuer = chosenIssuer ?? issuer
    }
    return { hash: digest.digest('hex'), issuer }
  }
}

/** Every permutation of a list (Steinhaus–Johnson–Trotter, as rdf-canonize's Permuter). */
function* permutations(list: readonly number[]): Generator<number[]> {
  const current = [...list].sort((a, b) => a - b)
  const leftward = new Map(current.map((element) => [element, true]))
  while (true) {
    yield [...current]
    let mobile: number | undefined
    let position = 0
    for (let index = 0; index < current.length; index += 1) {
      const element = current[index] as number
      const left = leftward.get(element)
      if (
        (mobile === undefined || element > mobile) &&
        ((left && index > 0 && element > (current[index - 1] as number)) ||
          (!left && index < current.length - 1 && element > (current[index + 1] as number)))
      ) {
        mobile = element
        position = index
      }
    }
    if (mobile === undefined) {
      return
    }
    const swap = leftward.get(mobile) ? position - 1 : position + 1
    current[position] = current[swap] as number
    current[swap] = mobile
    for (const element of current) {
      if (element > mobile) {
        leftward.set(element, !leftward.get(element))
      }
    }
  }
}

/** RDFC-1.0 Hash First Degree Quads: this node as _:a, every other blank node as _:z. */
function firstDegreeHash(node: number, related: Quad[]): string {
  const lines = related.map(
    (quad) =>
      `${referenceTerm(quad.subject, node)} ${quad.predicate.nq} ${referenceTerm(quad.object, node)}${quad.graph === undefined ? '' : ` ${referenceTerm(quad.graph, node)}`} .\n`,
  )
  lines.sort(byCodeUnits)
  // One hash of the joined lines is the hash of the lines fed one by one (as rdf-canonize does).
  return oneShotHash('sha256', lines.join(''), 'hex')
}

/**
 * The quads as N-Quads lines in code unit order (JavaScript's default sort, as rdf-canonize
 * sorts). Lines are sorted by subject first and then within each subject: the same order,
 * because a subject term is never a prefix of another one followed by more than a space
 * (IRIs end in ">", blank node labels are followed by " ", which sorts before any label
 * character), and it spares comparing long shared subject IRIs over and over.
 */
function sortedNQuads(quads: readonly Quad[], labels: readonly string[]): string {
  const bySubject = new Map<string, string[]>()
  for (const quad of quads) {
    const subject = typeof quad.subject === 'number' ? labels[quad.subject] : quad.subject.nq
    const object = typeof quad.object === 'number' ? labels[quad.object] : quad.object.nq
    const graph =
      quad.graph === undefined
        ? ''
        : ` ${typeof quad.graph === 'number' ? labels[quad.graph] : quad.graph.nq}`
    const rest = `${quad.predicate.nq} ${object}${graph} .\n`
    const lines = bySubject.get(subject as string)
    if (lines === undefined) {
      bySubject.set(subject as string, [rest])
    } else {
      lines.push(rest)
    }
  }
  const subjects = [...bySubject.keys()].map((subject) => `${subject} `)
  subjects.sort(byCodeUnits)
  const text: string[] = []
  for (const subject of subjects) {
    const lines = bySubject.get(subject.slice(0, -1)) ?? []
    lines.sort(byCodeUnits)
    for (const line of lines) {
      text.push(subject, line)
    }
  }
  return text.join('')
}

/**
 * The order of JavaScript's default sort for strings (UTF-16 code units), which rdf-canonize
 * uses; a comparator is much faster than the default's conversions.
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function referenceTerm(value: NamedNode | BlankNode | { nq: string }, node: number): string {
  if (typeof value === 'number') {
    return value === node ? '_:a' : '_:z'
  }
  return value.nq
}

/** The general RDFC-1.0 (with N-degree hashing) of rdf-canonize, on the same dataset. */
function canonicalByRdfCanonize(
  dataset: Dataset,
  signal: AbortSignal | undefined,
): Promise<string> {
  const defaultGraph = { termType: 'DefaultGraph', value: '' }
  const toTerm = (value: Quad['object']) => {
    if (typeof value === 'number') {
      return { termType: 'BlankNode', value: `b${value}` }
    }
    if ('datatype' in value) {
      return {
        termType: 'Literal',
        value: value.value,
        datatype: { termType: 'NamedNode', value: value.datatype },
        ...(value.language === undefined ? {} : { language: value.language }),
      }
    }
    return { termType: 'NamedNode', value: value.value }
  }
  return rdfCanonize.canonize(
    dataset.quads.map((quad) => ({
      subject: toTerm(quad.subject),
      predicate: { termType: 'NamedNode', value: quad.predicate.value },
      object: toTerm(quad.object),
      graph: quad.graph === undefined ? defaultGraph : toTerm(quad.graph),
    })),
    { algorithm: 'RDFC-1.0', ...(signal === undefined ? {} : { signal }) },
  )
}
