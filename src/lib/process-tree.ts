/**
 * Ordering of the circular process: a tree of steps (trinn), the sub-processes of a
 * step and the phases of a sub-process. Plain data in, plain data out, so the order
 * can be unit tested without Astro.
 */

/** The fields of a process node that decide its place in the tree. */
export interface TreeNode {
  id: string;
  order: number;
  parent?: string | undefined;
}

const byOrder = (a: TreeNode, b: TreeNode) => a.order - b.order || a.id.localeCompare(b.id);

/** The children of a node (or the top-level steps when `parentId` is undefined), in order. */
export function childrenOf<T extends TreeNode>(nodes: readonly T[], parentId?: string): T[] {
  return nodes.filter((node) => node.parent === parentId).sort(byOrder);
}

/**
 * All nodes in reading order: each step, then its sub-processes, then their phases
 * (depth first). This is the order "previous" and "next" follow.
 */
export function processOrder<T extends TreeNode>(nodes: readonly T[]): T[] {
  const visit = (parentId?: string): T[] => childrenOf(nodes, parentId).flatMap((node) => [node, ...visit(node.id)]);
  const ordered = visit();
  if (ordered.length !== nodes.length) {
    const reached = new Set(ordered.map((node) => node.id));
    const lost = nodes.filter((node) => !reached.has(node.id)).map((node) => node.id);
    throw new Error(`Prosesstreet henger ikke sammen: ${lost.join(', ')} nås ikke fra et trinn`);
  }
  return ordered;
}

/** The chain from the top-level step down to (not including) the node. */
export function ancestorsOf<T extends TreeNode>(nodes: readonly T[], id: string): T[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const chain: T[] = [];
  let current = byId.get(id)?.parent;
  while (current !== undefined) {
    const node = byId.get(current);
    if (!node || chain.includes(node)) break;
    chain.unshift(node);
    current = node.parent;
  }
  return chain;
}

/** The top-level step a node belongs to (the node itself when it is a step). */
export function stepOf<T extends TreeNode>(nodes: readonly T[], id: string): T | undefined {
  return ancestorsOf(nodes, id)[0] ?? nodes.find((node) => node.id === id);
}

/**
 * Previous and next node in reading order. The process is a circle: after the last
 * node of step 6 comes step 1, and before step 1 comes the end of step 6.
 */
export function neighboursOf<T extends TreeNode>(nodes: readonly T[], id: string): { previous: T; next: T } {
  const ordered = processOrder(nodes);
  const index = ordered.findIndex((node) => node.id === id);
  if (index === -1) throw new Error(`Ukjent prosessnode: ${id}`);
  const at = (offset: number) => ordered[(index + offset + ordered.length) % ordered.length]!;
  return { previous: at(-1), next: at(1) };
}

/** A node and everything below it, in reading order. */
export function subtreeOf<T extends TreeNode>(nodes: readonly T[], id: string): T[] {
  const node = nodes.find((candidate) => candidate.id === id);
  if (!node) return [];
  return [node, ...childrenOf(nodes, id).flatMap((child) => subtreeOf(nodes, child.id))];
}

/**
 * Nodes whose chain of parents leads back to themselves, each with the chain
 * ("a → b → a"), so the build can name the file and its `parent` field.
 */
export function parentCycles<T extends TreeNode>(nodes: readonly T[]): { node: T; chain: string[] }[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  return nodes.flatMap((node) => {
    const chain = [node.id];
    for (let current = node.parent; current !== undefined; current = byId.get(current)?.parent) {
      chain.push(current);
      if (current === node.id) return [{ node, chain }];
      // A cycle further up that does not pass through this node is reported for its own nodes.
      if (chain.indexOf(current) < chain.length - 1) return [];
    }
    return [];
  });
}
