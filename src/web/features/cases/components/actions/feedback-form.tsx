import { ActionFormFrame, type ActionFormProps } from './action-form';
import { caseActionBodies } from '../../../../../contracts/case-actions';
import { TextField } from './text-field';

/** 反馈进展: a directive's periodic report to the dispatcher (due every few working days). */
export function FeedbackForm({ form, onSubmit }: ActionFormProps) {
  return (
    <ActionFormFrame
      form={form}
      onSubmit={onSubmit}
      schema={caseActionBodies.feedback}
      toBody={(v: { text: string }) => ({ text: v.text })}
    >
      <TextField label="本期进展" placeholder="批示事项办到哪一步，遇到什么困难，下一步安排" />
    </ActionFormFrame>
  );
}
