import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { cityDate } from '../../../../lib/format';
import { useServerClock } from '../../../../lib/server-clock';
import { ActionFormFrame, type ActionFormProps } from './action-form';
import { caseActionBodies } from '../../../../../contracts/case-actions';

/** 应急措施: what keeps a hazard safe until it can be fixed (e.g. after the flood season), and until when. */
export function InterimMeasureForm({ form, onSubmit }: ActionFormProps) {
  const today = dayjs(cityDate(useServerClock().now()));
  return (
    <ActionFormFrame
      form={form}
      onSubmit={onSubmit}
      schema={caseActionBodies['interim-measure']}
      toBody={(v: { measure: string; until?: Dayjs | null }) => ({
        measure: v.measure,
        until: v.until ? v.until.format('YYYY-MM-DD') : '',
      })}
    >
      <Form.Item
        name="measure"
        label="应急措施"
        rules={[{ required: true, whitespace: true, message: '请写明采取的应急措施' }]}
      >
        <Input.TextArea
          rows={3}
          maxLength={1000}
          showCount
          placeholder="如：限制水位运行，安排专人 24 小时值守"
        />
      </Form.Item>
      <Form.Item name="until" label="措施持续至" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(today, 'day')} />
      </Form.Item>
    </ActionFormFrame>
  );
}
