import { useQuery } from '@tanstack/react-query';
import { apiTokenListSchema } from '../../../../contracts/users';
import { request } from '../../../lib/api';

export function useActiveTokenCount(enabled = true) {
  return useQuery({
    queryKey: ['api-tokens', 'list'],
    queryFn: () => request('/api/admin/api-tokens', { schema: apiTokenListSchema }),
    select: (tokens) => tokens.filter((t) => t.revokedAt === null).length,
    enabled,
  });
}
