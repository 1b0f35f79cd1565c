import '../registry.css';
import { Result } from 'antd';
import { useCurrentUser } from '../../../lib/session';
import { ProjectDetail } from '../components/project-detail';

/** 本项目: a project's own user lands straight on their project. */
export function MyProjectPage() {
  const user = useCurrentUser();
  if (!user.projectId) {
    return (
      <Result
        status="info"
        title="您的账号未关联项目"
        subTitle="如需填报项目信息，请联系系统管理员为账号关联项目。"
      />
    );
  }
  return <ProjectDetail id={user.projectId} isOwn />;
}
