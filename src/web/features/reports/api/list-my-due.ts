import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { myDueListSchema, type myDueItemSchema } from '../../../../contracts/reports';
import { request } from '../../../lib/api';

export type DueItem = z.infer<typeof myDueItemSchema>;

export const reportsKey = ['reports'] as const;
export const myDueKey = [...reportsKey, 'mine'] as const;

/** What the signed-in filer has to report today, with yesterday's report to prefill from. */
export function useMyDue() {
  return useQuery({
    queryKey: myDueKey,
    queryFn: () => request('/api/reports/mine', { schema: myDueListSchema }),
  });
}
