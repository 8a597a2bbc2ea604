/** Finding what a user sees and taps in a rendered WXML tree. */
import type { VNode } from './wxml-renderer'

/** The text a user would read, in document order. */
export function textOf(node: VNode | string): string {
  if (typeof node === 'string') return node
  return node.children.map(textOf).join('')
}

/** The first node, deepest first, that passes `test`. */
export function find(node: VNode, test: (n: VNode) => boolean): VNode | null {
  for (const child of node.children) {
    if (typeof child === 'string') continue
    const hit = find(child, test)
    if (hit) return hit
  }
  return test(node) ? node : null
}

const classes = (n: VNode) => String(n.attr?.class ?? '').split(/\s+/)

/** The deepest node showing the label (or with that class) that itself or through an ancestor takes taps. */
export function findTappable(root: VNode, label: string): VNode | null {
  const has = (n: VNode): boolean =>
    classes(n).includes(label) || n.children.some((c) => typeof c !== 'string' && has(c))
  const shows = (n: VNode) => textOf(n).includes(label) || has(n)
  const walk = (node: VNode, tappable: VNode | null): VNode | null => {
    const here = node.attr?.bindtap === 'eh' || node.attr?.catchtap === 'eh' ? node : tappable
    for (const child of node.children) {
      if (typeof child === 'string') continue
      if (!shows(child)) continue
      const hit = walk(child, here)
      if (hit) return hit
    }
    return shows(node) ? here : null
  }
  return walk(root, null)
}
