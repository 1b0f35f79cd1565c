import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Col, DatePicker, Form, Input, Row, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { auditFilterSchema } from '../../../../contracts/audit';
import { blankToUndefined, parseWithContract } from '../../../lib/form-errors';
import { useIsMobile } from '../../../lib/use-is-mobile';
import type { AuditFilters as Filters } from '../api/list-audit';
import { actionOptions, entityTypeOptions } from '../lib/audit-labels';

interface FormValues {
  username?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

function toFormValues(filters: Filters): FormValues {
  return {
    username: filters.username,
    action: filters.action,
    entityType: filters.entityType,
    entityId: filters.entityId,
    range:
      filters.from || filters.to
        ? [filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]
        : null,
  };
}

interface AuditFiltersProps {
  value: Filters;
  onSearch: (filters: Filters) => void;
}

export function AuditFilters({ value, onSearch }: AuditFiltersProps) {
  const [form] = Form.useForm<FormValues>();
  const isMobile = useIsMobile();
  // On a phone the rarer conditions fold away so the records start on the first screen.
  const [isExpanded, setIsExpanded] = useState(() => !!(value.action || value.entityType || value.entityId));
  const isFolded = isMobile && !isExpanded;

  // The address is the source of truth (back/forward, links from the home page): mirror it into the form.
  const applied = JSON.stringify(value);
  useEffect(() => {
    form.setFieldsValue(toFormValues(JSON.parse(applied) as Filters));
  }, [form, applied]);

  const onFinish = ({ range, ...text }: FormValues) => {
    const candidate = blankToUndefined({
      ...text,
      from: range?.[0]?.format('YYYY-MM-DD'),
      to: range?.[1]?.format('YYYY-MM-DD'),
    });
    const filters = parseWithContract(form, auditFilterSchema, candidate);
    if (filters) onSearch(filters);
  };

  return (
    <Form form={form} layout="vertical" onFinish={onFinish} className="filter-bar">
      <Row gutter={[12, 0]}>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item name="username" label="操作人">
            <Input placeholder="用户名" allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6} style={isFolded ? { display: 'none' } : undefined}>
          <Form.Item name="action" label="操作">
            <AutoComplete
              options={actionOptions}
              placeholder="选择或输入操作代码"
              allowClear
              showSearch={{
                filterOption: (input, option) =>
                  !!option && String(option.label).toLowerCase().includes(input.toLowerCase()),
              }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6} style={isFolded ? { display: 'none' } : undefined}>
          <Form.Item name="entityType" label="对象类型">
            <AutoComplete options={entityTypeOptions} placeholder="选择或输入对象类型" allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6} style={isFolded ? { display: 'none' } : undefined}>
          <Form.Item name="entityId" label="对象编号">
            <Input placeholder="如用户编号" allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item name="range" label="时间范围">
            <DatePicker.RangePicker style={{ width: '100%' }} allowEmpty={[true, true]} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={16}>
          <Form.Item label={isMobile ? undefined : ' '} colon={false}>
            <Space wrap>
              <Button type="primary" htmlType="submit">
                查询
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  onSearch({});
                }}
              >
                重置
              </Button>
              {isMobile ? (
                <Button type="link" onClick={() => setIsExpanded((v) => !v)}>
                  {isExpanded ? '收起条件' : '更多条件'} {isExpanded ? <UpOutlined /> : <DownOutlined />}
                </Button>
              ) : null}
            </Space>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
