export const regionKinds = ['province', 'city', 'district', 'county', 'county_city', 'park', 'town'] as const;
export type RegionKind = (typeof regionKinds)[number];

export const regionKindLabels: Record<RegionKind, string> = {
  province: '省',
  city: '市',
  district: '区',
  county: '县',
  county_city: '县级市',
  park: '园区',
  town: '乡镇街道',
};

export interface RegionNode {
  code: string;
  name: string;
  kind: RegionKind;
  parentCode: string | null;
}

/** The codes of a node and everything under it. An unknown code yields an empty list (sees nothing). */
export function collectSubtree(nodes: readonly RegionNode[], rootCode: string): string[] {
  const children = new Map<string, string[]>();
  for (const n of nodes) {
    if (n.parentCode === null) continue;
    const list = children.get(n.parentCode) ?? [];
    list.push(n.code);
    children.set(n.parentCode, list);
  }
  if (!nodes.some((n) => n.code === rootCode)) return [];
  const out: string[] = [];
  const stack = [rootCode];
  while (stack.length > 0) {
    const code = stack.pop()!;
    out.push(code);
    stack.push(...(children.get(code) ?? []));
  }
  return out;
}

/** True when `code` is `ancestor` or lies under it. */
export function isWithin(nodes: readonly RegionNode[], code: string, ancestor: string): boolean {
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  let current = byCode.get(code);
  while (current) {
    if (current.code === ancestor) return true;
    current = current.parentCode ? byCode.get(current.parentCode) : undefined;
  }
  return false;
}
