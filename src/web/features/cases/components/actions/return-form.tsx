import { caseActionBodies } from '../../../../../contracts/cases';
import { ActionFormFrame, type ActionFormProps } from './action-form';
import { ReasonField } from './text-field';

/** 退回: the lead department hands the case back to the dispatcher to assign elsewhere. */
export function ReturnForm({ form, onSubmit }: ActionFormProps) {
  return (
    <ActionFormFrame
      form={form}
      onSubmit={onSubmit}
      schema={caseActionBodies.return}
      toBody={(v: { reason: string }) => ({ reason: v.reason })}
    >
      <ReasonField label="退回理由" placeholder="为什么不归本部门办理，建议由哪个单位承办" />
    </ActionFormFrame>
  );
}
