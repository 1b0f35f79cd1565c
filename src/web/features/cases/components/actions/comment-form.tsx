import { caseActionBodies } from '../../../../../contracts/cases';
import { ActionFormFrame, type ActionFormProps } from './action-form';
import { TextField } from './text-field';

/** 留言: a note to everyone on the case; it changes nothing else. */
export function CommentForm({ form, onSubmit }: ActionFormProps) {
  return (
    <ActionFormFrame
      form={form}
      onSubmit={onSubmit}
      schema={caseActionBodies.comment}
      toBody={(v: { text: string }) => ({ text: v.text })}
    >
      <TextField label="留言" />
    </ActionFormFrame>
  );
}
