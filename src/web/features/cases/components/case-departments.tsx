import { CheckCircleFilled, ClockCircleOutlined } from '@ant-design/icons';
import { Empty, Flex, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { CaseDetail } from '../../../../contracts/cases';
import { formatDeadline } from '../../../components/light-tag';
import { cityTimeZone } from '../../../lib/format';
import { closingOf, departmentStatus } from '../lib/case-outcome';

/** The lead department and each co-department with its part, deadline and whether it is done. */
export function CaseDepartments({ detail }: { detail: CaseDetail }) {
  if (detail.departments.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未交办" />;
  const ordered = [...detail.departments].sort((a, b) =>
    a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1,
  );
  return (
    <div data-testid="case-departments">
      {ordered.map((d) => {
        const status = departmentStatus(detail, d);
        const isDone = status.kind === 'done';
        return (
          <div key={`${d.role}-${d.departmentId}`} className="case-department">
            {isDone ? (
              <CheckCircleFilled
                style={{ color: '#389e0d', fontSize: 18, marginTop: 3 }}
                aria-label="已完成"
              />
            ) : (
              <ClockCircleOutlined
                style={{ color: '#bfbfbf', fontSize: 18, marginTop: 3 }}
                aria-label="办理中"
              />
            )}
            <Flex vertical gap={2} style={{ flex: 1, minWidth: 0 }}>
              <Flex gap={8} align="center" wrap>
                <Tag color={d.role === 'lead' ? 'blue' : 'default'} style={{ marginInlineEnd: 0 }}>
                  {d.role === 'lead' ? '牵头' : '协办'}
                </Tag>
                <Typography.Text strong>{d.departmentName}</Typography.Text>
              </Flex>
              {d.part ? <Typography.Text>承担：{d.part}</Typography.Text> : null}
              <Typography.Text type="secondary" style={{ fontSize: 13 }} data-testid="case-department-status">
                {status.kind === 'done'
                  ? `${dayjs(status.at).tz(cityTimeZone).format('M月D日 HH:mm')} 完成`
                  : status.kind === 'ended'
                    ? (closingOf(detail)?.text ?? '已销号')
                    : `期限 ${formatDeadline(status.deadline)}`}
              </Typography.Text>
            </Flex>
          </div>
        );
      })}
    </div>
  );
}
