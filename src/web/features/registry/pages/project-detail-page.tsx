import '../registry.css';
import { useParams } from 'react-router';
import { ProjectDetail } from '../components/project-detail';
import { SubjectNotFound } from '../components/subject-not-found';

export function ProjectDetailPage() {
  const { id } = useParams();
  const numericId = Number(id);
  if (!Number.isInteger(numericId) || numericId <= 0) {
    return <SubjectNotFound noun="项目" backTo="/registry/projects" />;
  }
  return <ProjectDetail key={numericId} id={numericId} />;
}
