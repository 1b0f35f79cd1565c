import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  creditCodeExceptionListSchema,
  creditCodeExceptionRequestSchema,
} from '../../../../contracts/registry';
import { request } from '../../../lib/api';

const exceptionsKey = ['credit-code-exceptions'] as const;

export function useCreditCodeExceptions() {
  return useQuery({
    queryKey: exceptionsKey,
    queryFn: () =>
      request('/api/enterprises/credit-code-exceptions', { schema: creditCodeExceptionListSchema }),
  });
}

export function useAddCreditCodeException() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.infer<typeof creditCodeExceptionRequestSchema>) =>
      request('/api/enterprises/credit-code-exceptions', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: exceptionsKey }),
  });
}
