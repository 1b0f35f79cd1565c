import { Tag } from 'antd';
import type { User } from '../../../../contracts/users';

export function UserStatusTags({ user }: { user: Pick<User, 'isDisabled' | 'isLocked'> }) {
  if (!user.isDisabled && !user.isLocked) return <Tag color="success">正常</Tag>;
  return (
    <>
      {user.isDisabled ? <Tag color="default">已停用</Tag> : null}
      {user.isLocked ? <Tag color="error">已锁定</Tag> : null}
    </>
  );
}
