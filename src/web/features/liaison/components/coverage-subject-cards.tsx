import { Card, Empty, Flex, Pagination, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { AssignmentKindTag } from './assignment-kind-tag';
import { AssignmentSubjectLink } from './assignment-subject-link';
import { subjectKey, type SubjectKind } from '../../../../domain/subjects';

interface CardSubject {
  kind: SubjectKind;
  id: number;
  name: string;
}

interface CoverageSubjectCardsProps<T extends CardSubject> {
  items: T[];
  emptyText: string;
  meta: (s: T) => ReactNode;
}

const pageSize = 10;

/** On a phone a coverage list becomes cards, ten to a page: the subject, its kind, and a line or two about it. */
export function CoverageSubjectCards<T extends CardSubject>({
  items,
  emptyText,
  meta,
}: CoverageSubjectCardsProps<T>) {
  const [page, setPage] = useState(1);
  if (items.length === 0) return <Empty description={emptyText} />;
  const current = Math.min(page, Math.ceil(items.length / pageSize));
  return (
    <Flex vertical gap={8}>
      {items.slice((current - 1) * pageSize, current * pageSize).map((s) => (
        <Card key={subjectKey(s)} size="small" styles={{ body: { padding: '10px 12px', lineHeight: 1.7 } }}>
          <Flex justify="space-between" gap={8} align="flex-start">
            <AssignmentSubjectLink kind={s.kind} id={s.id} name={s.name} />
            <AssignmentKindTag kind={s.kind} />
          </Flex>
          <div style={{ fontSize: 13, color: 'rgba(0,0,0,0.55)' }}>{meta(s)}</div>
        </Card>
      ))}
      {items.length > pageSize ? (
        <Flex justify="center" style={{ marginTop: 4 }}>
          <Pagination simple current={current} pageSize={pageSize} total={items.length} onChange={setPage} />
        </Flex>
      ) : null}
      <Typography.Text type="secondary" style={{ textAlign: 'center', fontSize: 13 }}>
        共 {items.length} 个
      </Typography.Text>
    </Flex>
  );
}
