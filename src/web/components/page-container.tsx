import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

interface PageContainerProps {
  title: ReactNode;
  description?: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
  testId?: string;
}

/** The frame of every page: a title row with optional actions, then the content. */
export function PageContainer({ title, description, extra, children, testId }: PageContainerProps) {
  return (
    <div className="page-container" data-testid={testId}>
      <Flex className="page-header" justify="space-between" align="flex-start" gap={12} wrap>
        <div className="page-header-text">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {description ? (
            <Typography.Text type="secondary" className="page-header-description">
              {description}
            </Typography.Text>
          ) : null}
        </div>
        {extra ? <div className="page-header-extra">{extra}</div> : null}
      </Flex>
      {children}
    </div>
  );
}
