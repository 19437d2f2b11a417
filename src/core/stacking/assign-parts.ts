/** What a part asks of the assignment: how many credentials, and which ones may fill it. */
export type AssignmentDemand = {
  readonly count: number
  /** The ids of the credentials that may fill the part, in the order they are preferred. */
  readonly candidates: readonly string[]
}

/**
 * Fills as many places of the parts as can be filled at once, never with one credential in two
 * places, and never with two credentials of one achievement in one part (a second version of the
 * same course is not a second course). A maximum flow: source → part (capacity `count`) → the
 * part's achievement (1) → credential (1) → sink (1); augmenting paths are searched breadth-first
 * in the order given, so the same input always gives the same assignment.
 * @returns for each part, the credentials that fill it, in candidate order
 */
export function assignParts(
  demands: readonly AssignmentDemand[],
  achievementOf: (credentialId: string) => string,
): string[][] {
  const graph = new FlowGraph()
  const source = graph.node()
  const sink = graph.node()
  const credentialNodes = new Map<string, number>()
  const credentialNode = (id: string) => {
    const known = credentialNodes.get(id)
    if (known !== undefined) {
      return known
    }
    const node = graph.node()
    credentialNodes.set(id, node)
    graph.edge(node, sink, 1)
    return node
  }
  const placements: { edge: number; credentialId: string }[][] = []
  for (const demand of demands) {
    const partNode = graph.node()
    graph.edge(source, partNode, demand.count)
    const groups = new Map<string, number>()
    const edges: { edge: number; credentialId: string }[] = []
    for (const credentialId of demand.candidates) {
      const achievement = achievementOf(credentialId)
      let group = groups.get(achievement)
      if (group === undefined) {
        group = graph.node()
        groups.set(achievement, group)
        graph.edge(partNode, group, 1)
      }
      edges.push({ edge: graph.edge(group, credentialNode(credentialId), 1), credentialId })
    }
    placements.push(edges)
  }
  graph.maximumFlow(source, sink)
  return placements.map((edges) =>
    edges.filter(({ edge }) => graph.flowOf(edge) > 0).map(({ credentialId }) => credentialId),
  )
}

/** A small residual graph for Edmonds–Karp: edges in pairs, forward at even indexes. */
class FlowGraph {
  private readonly adjacency: number[][] = []
  private readonly targets: number[] = []
  private readonly capacities: number[] = []
  private readonly flows: number[] = []

  node(): number {
    this.adjacency.push([])
    return this.adjacency.length - 1
  }

  edge(from: number, to: number, capacity: number): number {
    const index = this.targets.length
    this.targets.push(to, from)
    this.capacities.push(capacity, 0)
    this.flows.push(0, 0)
    this.adjacency[from]?.push(index)
    this.adjacency[to]?.push(index + 1)
    return index
  }

  flowOf(edge: number): number {
    return this.flows[edge] ?? 0
  }

  maximumFlow(source: number, sink: number): void {
    for (;;) {
      const via = this.shortestAugmentingPath(source, sink)
      if (via === undefined) {
        return
      }
      let bottleneck = Number.POSITIVE_INFINITY
      for (let node = sink; node !== source; ) {
        const edge = via[node] as number
        bottleneck = Math.min(bottleneck, this.residual(edge))
        node = this.targets[edge ^ 1] as number
      }
      for (let node = sink; node !== source; ) {
        const edge = via[node] as number
        this.flows[edge] = (this.flows[edge] ?? 0) + bottleneck
        this.flows[edge ^ 1] = (this.flows[edge ^ 1] ?? 0) - bottleneck
        node = this.targets[edge ^ 1] as number
      }
    }
  }

  private residual(edge: number): number {
    return (this.capacities[edge] ?? 0) - (this.flows[edge] ?? 0)
  }

  /** For each node reached, the edge it was reached by; undefined when the sink is not reached. */
  private shortestAugmentingPath(source: number, sink: number): (number | undefined)[] | undefined {
    const via: (number | undefined)[] = new Array(this.adjacency.length).fill(undefined)
    const seen = new Set([source])
    const queue = [source]
    for (let at = 0; at < queue.length; at += 1) {
      const node = queue[at] as number
      for (const edge of this.adjacency[node] ?? []) {
        const target = this.targets[edge] as number
        if (!seen.has(target) && this.residual(edge) > 0) {
          seen.add(target)
          via[target] = edge
          if (target === sink) {
            return via
          }
          queue.push(target)
        }
      }
    }
    return undefined
  }
}
