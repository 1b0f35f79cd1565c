import { Form, Radio } from 'antd';
import { caseActionBodies } from '../../../../../contracts/cases';
import { closeAsLabels } from '../../lib/labels';
import { ActionFormFrame, type ActionFormProps } from './action-form';
import { ReasonField } from './text-field';

type CloseAs = keyof typeof closeAsLabels;

/** 不予受理: the dispatcher closes a case that will not be assigned (a duplicate, or not the government's to do). */
export function CloseAsForm({ form, onSubmit }: ActionFormProps) {
  return (
    <ActionFormFrame
      form={form}
      onSubmit={onSubmit}
      schema={caseActionBodies['close-as']}
      initialValues={{ as: 'duplicate' }}
      toBody={(v: { as: CloseAs; reason: string }) => ({ as: v.as, reason: v.reason })}
    >
      <Form.Item name="as" label="不予受理的原因">
        <Radio.Group
          options={(Object.keys(closeAsLabels) as CloseAs[]).map((value) => ({
            value,
            label: closeAsLabels[value],
          }))}
        />
      </Form.Item>
      <ReasonField label="说明" placeholder="如：与 WT-20200305-0012 为同一事项" />
    </ActionFormFrame>
  );
}
