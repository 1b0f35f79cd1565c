import { caseActionBodies } from '../../../../../contracts/cases';
import { ActionFormFrame, type ActionFormProps } from './action-form';
import { TextField } from './text-field';

/** 报告进展: what the lead or a co-department has done so far (the case stays where it is). */
export function ProgressForm({ form, onSubmit }: ActionFormProps) {
  return (
    <ActionFormFrame
      form={form}
      onSubmit={onSubmit}
      schema={caseActionBodies.progress}
      toBody={(v: { text: string }) => ({ text: v.text })}
    >
      <TextField label="办理进展" placeholder="已做了哪些工作，下一步打算" />
    </ActionFormFrame>
  );
}
