import '../registry.css';
import { useParams } from 'react-router';
import { SubjectNotFound } from '../components/subject-not-found';
import { EnterpriseDetail } from '../components/enterprise-detail';

export function EnterpriseDetailPage() {
  const { id } = useParams();
  const numericId = Number(id);
  if (!Number.isInteger(numericId) || numericId <= 0) {
    return <SubjectNotFound noun="企业" backTo="/registry/enterprises" />;
  }
  return <EnterpriseDetail key={numericId} id={numericId} />;
}
