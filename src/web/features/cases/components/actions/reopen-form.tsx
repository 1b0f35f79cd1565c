import { caseActionBodies } from '../../../../../contracts/cases';
import { ActionFormFrame, type ActionFormProps } from './action-form';
import { ReasonField } from './text-field';

/** 重新办理: the result did not solve the problem; the lead department takes it up again. */
export function ReopenForm({ form, onSubmit }: ActionFormProps) {
  return (
    <ActionFormFrame
      form={form}
      onSubmit={onSubmit}
      schema={caseActionBodies.reopen}
      toBody={(v: { reason: string }) => ({ reason: v.reason })}
    >
      <ReasonField label="重新办理的理由" placeholder="哪里还没有解决" />
    </ActionFormFrame>
  );
}
