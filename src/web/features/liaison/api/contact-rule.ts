import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { contactRuleSchema, type ContactRuleDto } from '../../../../contracts/liaison';
import { request } from '../../../lib/api';
import { liaisonKey } from './officers';

const contactRuleKey = [...liaisonKey, 'contact-rule'] as const;

/** 联系频次规则: how often each subject must be contacted during the campaign. */
export function useContactRule() {
  return useQuery({
    queryKey: contactRuleKey,
    queryFn: () => request('/api/liaison/contact-rule', { schema: contactRuleSchema }),
    staleTime: 5 * 60_000,
  });
}

export function useUpdateContactRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ContactRuleDto) =>
      request('/api/liaison/contact-rule', { method: 'PUT', body, schema: contactRuleSchema }),
    onSuccess: (saved) => {
      queryClient.setQueryData(contactRuleKey, saved);
      // Due dates and overdue lists follow the rule.
      return queryClient.invalidateQueries({ queryKey: liaisonKey });
    },
  });
}
