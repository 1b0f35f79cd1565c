import { CheckCircleOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { roleLabels } from '../../../../domain/roles';
import { useCurrentUser } from '../../../lib/session';
import { roleDuties } from '../role-duties';

export function DutiesCard() {
  const user = useCurrentUser();
  return (
    <Card
      title="我的职责"
      extra={<Typography.Text type="secondary">{roleLabels[user.role]}</Typography.Text>}
    >
      <Flex vertical gap={10}>
        {roleDuties[user.role].map((duty) => (
          <Flex key={duty} gap={8} align="baseline">
            <CheckCircleOutlined style={{ color: '#1a56c4' }} />
            <Typography.Text>{duty}</Typography.Text>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
