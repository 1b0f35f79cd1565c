import { DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { caseActionBodies } from '../../../../../contracts/cases';
import { formatDeadline } from '../../../../components/light-tag';
import { cityDate, cityTimeZone } from '../../../../lib/format';
import { useServerClock } from '../../../../lib/server-clock';
import { ActionFormFrame, type ActionFormProps } from './action-form';
import { ReasonField } from './text-field';

/** 申请延期: the lead asks the dispatcher for a later deadline, with a reason. */
export function RequestExtensionForm({ detail, form, onSubmit }: ActionFormProps) {
  const today = dayjs(cityDate(useServerClock().now()));
  // The last day of the current limit (a deadline is the end of that day in the city): only later days make sense.
  const lastDay = detail.resolveDeadline
    ? dayjs(detail.resolveDeadline).tz(cityTimeZone).subtract(1, 'ms').format('YYYY-MM-DD')
    : null;
  return (
    <ActionFormFrame
      form={form}
      onSubmit={onSubmit}
      schema={caseActionBodies['request-extension']}
      toBody={(v: { until?: Dayjs | null; reason: string }) => ({
        until: v.until ? v.until.format('YYYY-MM-DD') : '',
        reason: v.reason,
      })}
    >
      <Form.Item
        name="until"
        label="申请延期至"
        rules={[{ required: true, message: '请选择延期后的办结日期' }]}
        extra={`当前办结期限：${formatDeadline(detail.resolveDeadline)}`}
      >
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(d) =>
            d.isBefore(today, 'day') || (lastDay !== null && d.format('YYYY-MM-DD') <= lastDay)
          }
        />
      </Form.Item>
      <ReasonField label="延期理由" placeholder="为什么在期限内办不完，还需要做什么" />
    </ActionFormFrame>
  );
}
