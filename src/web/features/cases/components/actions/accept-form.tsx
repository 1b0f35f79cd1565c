import { Form, Input } from 'antd';
import { caseActionBodies } from '../../../../../contracts/cases';
import { ActionFormFrame, optional, type ActionFormProps } from './action-form';

/** 签收: the lead department takes the case on; its time limit to resolve starts now. */
export function AcceptForm({ form, onSubmit }: ActionFormProps) {
  return (
    <ActionFormFrame
      form={form}
      onSubmit={onSubmit}
      schema={caseActionBodies.accept}
      toBody={(v: { note?: string }) => ({ note: optional(v.note) })}
    >
      <Form.Item name="note" label="签收意见（可选）">
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </ActionFormFrame>
  );
}
