import { useQuery } from '@tanstack/react-query';
import { apiTokenListSchema } from '../../../../contracts/users';
import { request } from '../../../lib/api';

export const apiTokensKey = ['api-tokens', 'list'] as const;

export function useApiTokens() {
  return useQuery({
    queryKey: apiTokensKey,
    queryFn: () => request('/api/admin/api-tokens', { schema: apiTokenListSchema }),
  });
}
