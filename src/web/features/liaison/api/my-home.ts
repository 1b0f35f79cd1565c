import { useQuery } from '@tanstack/react-query';
import { myHomeSchema } from '../../../../contracts/liaison';
import { request } from '../../../lib/api';

export const liaisonKey = ['liaison'] as const;
export const myHomeKey = [...liaisonKey, 'me'] as const;

/** The signed-in officer's 工作台: the rule, the subjects in their care and their open problems. */
export function useMyHome() {
  return useQuery({
    queryKey: myHomeKey,
    queryFn: () => request('/api/liaison/me', { schema: myHomeSchema }),
  });
}
