import { CheckCircleOutlined, ClockCircleOutlined } from '@ant-design/icons';
import { Alert, Card, Flex, Tag, Typography } from 'antd';
import { roleLabels } from '../../../../domain/roles';
import { useCurrentUser } from '../../../lib/session';
import { hasOnlyComingDuties, roleDuties } from '../role-duties';

/** The role's duties: what the platform supports now, and what is coming (marked 即将上线). */
export function DutiesCard() {
  const user = useCurrentUser();
  const duties = roleDuties[user.role];
  return (
    <Card
      title="我的职责"
      extra={<Typography.Text type="secondary">{roleLabels[user.role]}</Typography.Text>}
      data-testid="duties-card"
    >
      <Flex vertical gap={10}>
        {hasOnlyComingDuties(user.role) ? (
          <Alert
            type="info"
            showIcon
            title="本岗位的业务功能正在建设中，上线后在这里办理；目前可以使用“常用功能”中列出的查询功能。"
          />
        ) : null}
        {duties.map((duty) => (
          <Flex
            key={duty.text}
            gap={8}
            align="baseline"
            data-testid="duty"
            data-coming={duty.coming ?? false}
          >
            {duty.coming ? (
              <ClockCircleOutlined style={{ color: '#bfbfbf' }} />
            ) : (
              <CheckCircleOutlined style={{ color: '#1a56c4' }} />
            )}
            <Typography.Text type={duty.coming ? 'secondary' : undefined}>
              {duty.text}
              {duty.coming ? (
                <Tag style={{ marginInlineStart: 8 }} bordered={false}>
                  即将上线
                </Tag>
              ) : null}
            </Typography.Text>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
