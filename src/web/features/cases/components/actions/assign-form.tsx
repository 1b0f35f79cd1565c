import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { caseActionBodies } from '../../../../../contracts/cases';
import { cityDate } from '../../../../lib/format';
import { useServerClock } from '../../../../lib/server-clock';
import { useRoutingRules } from '../../api/routing';
import { DepartmentPicker } from '../department-picker';
import { ActionFormFrame, optional, type ActionFormProps } from './action-form';

interface Values {
  leadDepartmentId: number;
  coDepartments?: { departmentId: number; part: string }[];
  deadline?: Dayjs | null;
  note?: string;
}

/** 交办: the lead department (prefilled from the routing table), co-departments with their parts, a deadline. */
export function AssignForm({ detail, form, onSubmit }: ActionFormProps) {
  const today = dayjs(cityDate(useServerClock().now()));
  const rule = useRoutingRules().data?.find((r) => r.category === detail.category);
  const lead = Form.useWatch('leadDepartmentId', form) as number | undefined;
  const co = Form.useWatch('coDepartments', form) as Values['coDepartments'];
  const chosen = [lead, ...(co ?? []).map((c) => c?.departmentId)].filter(
    (id): id is number => typeof id === 'number',
  );
  const resolveDays = rule
    ? detail.priority === 'urgent'
      ? rule.resolveDaysUrgent
      : rule.resolveDaysNormal
    : null;

  // The routing table's lead department, once it has arrived and the field is still empty.
  useEffect(() => {
    if (rule?.leadDepartmentId && form.getFieldValue('leadDepartmentId') == null) {
      form.setFieldValue('leadDepartmentId', rule.leadDepartmentId);
    }
  }, [rule, form]);

  return (
    <ActionFormFrame
      form={form}
      onSubmit={onSubmit}
      schema={caseActionBodies.assign}
      initialValues={{ leadDepartmentId: rule?.leadDepartmentId ?? undefined, coDepartments: [] }}
      toBody={(v: Values) => ({
        leadDepartmentId: v.leadDepartmentId,
        coDepartments: (v.coDepartments ?? []).map((c) => ({ departmentId: c.departmentId, part: c.part })),
        deadline: v.deadline ? v.deadline.format('YYYY-MM-DD') : undefined,
        note: optional(v.note),
      })}
    >
      <Form.Item
        name="leadDepartmentId"
        label="牵头单位"
        rules={[{ required: true, message: '请选择牵头单位' }]}
        extra={
          rule?.leadDepartmentName
            ? `按交办规则，“${detail.category}”类问题默认由${rule.leadDepartmentName}牵头`
            : undefined
        }
      >
        <DepartmentPicker regionCode={detail.regionCode} exclude={chosen} testId="case-assign-lead" />
      </Form.Item>
      <Form.List name="coDepartments">
        {(fields, { add, remove }) => (
          <Form.Item label="协办单位（可选）">
            {fields.map((field) => (
              <div key={field.key} className="case-co-row">
                <Form.Item
                  name={[field.name, 'departmentId']}
                  rules={[{ required: true, message: '请选择协办单位' }]}
                >
                  <DepartmentPicker regionCode={detail.regionCode} exclude={chosen} placeholder="协办单位" />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'part']}
                  rules={[{ required: true, whitespace: true, message: '请写明承担的部分' }]}
                >
                  <Input maxLength={200} placeholder="承担的部分，如：协调高速通行" />
                </Form.Item>
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label="删除协办单位"
                  onClick={() => remove(field.name)}
                />
              </div>
            ))}
            {fields.length < 10 ? (
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block>
                添加协办单位
              </Button>
            ) : null}
          </Form.Item>
        )}
      </Form.List>
      <Form.Item
        name="deadline"
        label="办结期限（可选）"
        extra={
          resolveDays
            ? `不填则按时限：${detail.priority === 'urgent' ? '紧急' : '一般'}问题 ${resolveDays} 个工作日内办结`
            : '不填则按类别和紧急程度的工作日时限'
        }
      >
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(d) => d.isBefore(today, 'day')}
          placeholder="选择日期"
        />
      </Form.Item>
      <Form.Item name="note" label="交办意见（可选）">
        <Input.TextArea rows={2} maxLength={500} placeholder="如：请于 3 日内与企业对接" />
      </Form.Item>
    </ActionFormFrame>
  );
}
