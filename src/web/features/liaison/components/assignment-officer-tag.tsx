import { CloseOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { coveredSubjectSchema } from '../../../../contracts/liaison';

export type CurrentOfficer = z.infer<typeof coveredSubjectSchema>['officers'][number];

interface AssignmentOfficerTagProps {
  officer: CurrentOfficer;
  /** 结束 this officer's contact; omitted for readers. */
  onEnd?: () => void;
}

/** One current officer of a subject: 主责 in bold with a gold tag, 协助 plain; × ends the contact. */
export function AssignmentOfficerTag({ officer, onEnd }: AssignmentOfficerTagProps) {
  return (
    <Tooltip
      title={`${officer.unitName} · ${officer.startedOn} 起${officer.isPrimary ? '任主责联络员' : '协助联系'}`}
    >
      <Tag
        color={officer.isPrimary ? 'gold' : undefined}
        style={{ marginInlineEnd: 0, fontWeight: officer.isPrimary ? 600 : undefined }}
        closable={onEnd !== undefined}
        closeIcon={<CloseOutlined aria-label={`结束${officer.name}的联系`} />}
        onClose={(e) => {
          // The tag stays until the server has ended the contact.
          e.preventDefault();
          onEnd?.();
        }}
        data-testid="assignment-officer-tag"
        data-primary={officer.isPrimary ? 'true' : 'false'}
      >
        {officer.isPrimary ? '主责 ' : '协助 '}
        <Link to={`/liaison/officers/${officer.officerId}`} style={{ color: 'inherit' }}>
          {officer.name}
        </Link>
      </Tag>
    </Tooltip>
  );
}
