import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { createApiTokenRequestSchema, createApiTokenResponseSchema } from '../../../../contracts/users';
import { request } from '../../../lib/api';
import { apiTokensKey } from './list-api-tokens';

export type CreateApiTokenRequest = z.infer<typeof createApiTokenRequestSchema>;
export type CreatedApiToken = z.infer<typeof createApiTokenResponseSchema>;

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateApiTokenRequest) =>
      request('/api/admin/api-tokens', { method: 'POST', body, schema: createApiTokenResponseSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokensKey }),
  });
}
