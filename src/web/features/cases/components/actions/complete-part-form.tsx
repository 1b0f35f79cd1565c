import { caseActionBodies } from '../../../../../contracts/cases';
import { ActionFormFrame, type ActionFormProps } from './action-form';
import { TextField } from './text-field';

/** 协办完成: a co-department reports its part done; the lead can resolve once every part is. */
export function CompletePartForm({ detail, form, onSubmit }: ActionFormProps) {
  return (
    <ActionFormFrame
      form={form}
      onSubmit={onSubmit}
      schema={caseActionBodies['complete-part']}
      toBody={(v: { text: string }) => ({ text: v.text })}
    >
      <TextField
        label="本单位协办情况"
        placeholder={
          detail.leadDepartmentName ? `办了什么，将告知牵头单位${detail.leadDepartmentName}` : undefined
        }
      />
    </ActionFormFrame>
  );
}
