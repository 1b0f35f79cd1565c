import { Card, Skeleton, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface StatTileProps {
  title: string;
  unit: string;
  value: number | undefined;
  isLoading: boolean;
  isError: boolean;
  to: string;
  icon: ReactNode;
}

/** One figure on the administrator's home page; a click opens the list behind it. */
export function StatTile({ title, unit, value, isLoading, isError, to, icon }: StatTileProps) {
  return (
    <Link to={to}>
      <Card hoverable size="small">
        {isLoading ? (
          <Skeleton active paragraph={false} />
        ) : (
          <Statistic
            title={title}
            value={isError ? '—' : value}
            prefix={icon}
            suffix={isError ? undefined : unit}
          />
        )}
      </Card>
    </Link>
  );
}
