import { Form, Input } from 'antd';
import { caseActionBodies } from '../../../../../contracts/cases';
import { ActionFormFrame, type ActionFormProps } from './action-form';

/** 办结: the lead reports what was done; the requester then confirms or sends it back. */
export function ResolveForm({ form, onSubmit }: ActionFormProps) {
  return (
    <ActionFormFrame
      form={form}
      onSubmit={onSubmit}
      schema={caseActionBodies.resolve}
      toBody={(v: { resolution: string }) => ({ resolution: v.resolution })}
    >
      <Form.Item
        name="resolution"
        label="办理结果"
        rules={[{ required: true, whitespace: true, message: '请填写办理结果' }]}
      >
        <Input.TextArea
          rows={4}
          maxLength={2000}
          showCount
          placeholder="做了哪些工作，问题解决到什么程度"
          data-testid="case-resolution"
        />
      </Form.Item>
    </ActionFormFrame>
  );
}
