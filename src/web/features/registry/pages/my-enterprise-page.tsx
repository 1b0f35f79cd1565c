import '../registry.css';
import { Result } from 'antd';
import { useCurrentUser } from '../../../lib/session';
import { EnterpriseDetail } from '../components/enterprise-detail';

/** 本企业: an enterprise's own user lands straight on their enterprise. */
export function MyEnterprisePage() {
  const user = useCurrentUser();
  if (!user.enterpriseId) {
    return (
      <Result
        status="info"
        title="您的账号未关联企业"
        subTitle="如需填报或维护企业信息，请联系系统管理员为账号关联企业。"
      />
    );
  }
  return <EnterpriseDetail id={user.enterpriseId} isOwn />;
}
