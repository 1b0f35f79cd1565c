import { RightOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { useAccessibleLinks } from '../../../lib/navigation';

/** The pages this user may open, straight from the app's route table. */
export function ShortcutsCard() {
  const links = useAccessibleLinks();
  return (
    <Card title="常用功能">
      <Flex vertical gap={4}>
        {links.map(({ path, title, description, icon: Icon }) => (
          <Link key={path} to={path} className="shortcut-link">
            <Flex align="center" gap={12}>
              <span className="shortcut-icon">{Icon ? <Icon /> : null}</span>
              <Flex vertical style={{ flex: 1, minWidth: 0 }}>
                <Typography.Text strong>{title}</Typography.Text>
                {description ? (
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {description}
                  </Typography.Text>
                ) : null}
              </Flex>
              <RightOutlined style={{ color: '#bfbfbf' }} />
            </Flex>
          </Link>
        ))}
      </Flex>
    </Card>
  );
}
