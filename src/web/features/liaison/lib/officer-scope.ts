import { useRegions } from '../../../lib/reference-data';
import { useCan } from '../../../lib/session';

/**
 * Whether the user may edit this officer: they manage the roster and the officer works inside the regions
 * they can see. A county sees the city's officers stationed in the county, but the city manages them.
 */
export function canEditOfficer(
  canManage: boolean,
  visibleRegionCodes: ReadonlySet<string>,
  officer: { regionCode: string },
): boolean {
  return canManage && visibleRegionCodes.has(officer.regionCode);
}

export function useCanEditOfficer(): (officer: { regionCode: string }) => boolean {
  const canManage = useCan('liaison.manage');
  const { data } = useRegions();
  const visible = new Set((data ?? []).map((r) => r.code));
  return (officer) => canEditOfficer(canManage, visible, officer);
}
