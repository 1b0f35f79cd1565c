import type { Region } from '../../contracts/reference';
import { regionKindLabels } from '../../domain/regions';

export interface RegionTreeNode {
  value: string;
  title: string;
  kindLabel: string;
  children?: RegionTreeNode[];
}

/** Nests the flat region list by parentCode; nodes whose parent the caller cannot see become roots. */
export function buildRegionTree(regions: readonly Region[]): RegionTreeNode[] {
  const visible = new Set(regions.map((r) => r.code));
  const nodes = new Map<string, RegionTreeNode>(
    regions.map((r) => [r.code, { value: r.code, title: r.name, kindLabel: regionKindLabels[r.kind] }]),
  );
  const roots: RegionTreeNode[] = [];
  for (const region of regions) {
    const node = nodes.get(region.code)!;
    const parent =
      region.parentCode && visible.has(region.parentCode) ? nodes.get(region.parentCode) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}
