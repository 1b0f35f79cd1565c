import { useQuery } from '@tanstack/react-query';
import { myHomeSchema } from '../../../../contracts/liaison';
import { request } from '../../../lib/api';
import { liaisonKey } from './officers';

export const myHomeKey = [...liaisonKey, 'me'] as const;

/** The signed-in officer's 工作台: the rule, the subjects in their care and their open problems. */
export function useMyHome() {
  return useQuery({
    queryKey: myHomeKey,
    queryFn: () => request('/api/liaison/me', { schema: myHomeSchema }),
  });
}
