import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  routingRuleListSchema,
  routingRuleSchema,
  type updateRoutingRuleSchema,
} from '../../../../contracts/cases';
import { request } from '../../../lib/api';
import { casesKey } from './cases';

const routingKey = [...casesKey, 'routing'] as const;

/** Category → default lead department and time limits (working days). */
export function useRoutingRules() {
  return useQuery({
    queryKey: routingKey,
    queryFn: () => request('/api/cases/routing', { schema: routingRuleListSchema }),
    staleTime: 5 * 60_000,
  });
}

export interface UpdateRoutingInput {
  category: string;
  version: number;
  body: z.input<typeof updateRoutingRuleSchema>;
}

export function useUpdateRoutingRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ category, version, body }: UpdateRoutingInput) =>
      request(`/api/cases/routing/${encodeURIComponent(category)}`, {
        method: 'PATCH',
        body,
        headers: { 'If-Match': String(version) },
        schema: routingRuleSchema,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: routingKey }),
  });
}
