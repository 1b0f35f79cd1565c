import { Alert, Form, Input, Radio } from 'antd';
import dayjs from 'dayjs';
import { caseActionBodies } from '../../../../../contracts/cases';
import { ActionFormFrame, optional, type ActionFormProps } from './action-form';

interface Values {
  approve: boolean;
  reason?: string;
}

/** 审批延期: the dispatcher grants or refuses the lead's request; a refusal needs a reason. */
export function DecideExtensionForm({ detail, form, onSubmit }: ActionFormProps) {
  const approve = Form.useWatch('approve', form) as boolean | undefined;
  const pending = detail.pendingExtension;
  return (
    <ActionFormFrame
      form={form}
      onSubmit={onSubmit}
      schema={caseActionBodies['decide-extension']}
      initialValues={{ approve: true }}
      toBody={(v: Values) => ({ approve: v.approve, reason: optional(v.reason) })}
    >
      {pending ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${pending.requestedBy}申请延期至 ${dayjs(pending.until).format('M月D日')}`}
          description={`理由：${pending.reason}`}
        />
      ) : null}
      <Form.Item name="approve" label="审批意见">
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: true, label: '同意延期' },
            { value: false, label: '不同意' },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={approve === false ? '不同意的理由' : '意见（可选）'}
        rules={approve === false ? [{ required: true, whitespace: true, message: '请填写不同意的理由' }] : []}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </ActionFormFrame>
  );
}
