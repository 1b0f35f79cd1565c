import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import type { ContactRuleDto } from '../../../../contracts/liaison';
import { visitModeLabels } from '../../../../domain/liaison';
import { QueryError } from '../../../components/query-error';
import { useCan, useCurrentUser } from '../../../lib/session';
import { useContactRule } from '../api/contact-rule';
import { describeCampaign, describeContactRuleInFull } from '../lib/coverage-figures';
import { ContactRuleModal } from './contact-rule-modal';

/** 联系频次规则: the rule in one sentence and its parts; 编辑 for those who manage the liaison work. */
export function ContactRuleCard({ fallback }: { fallback?: ContactRuleDto }) {
  // The rule is city-wide: the server lets only users scoped to the whole city change it.
  const user = useCurrentUser();
  const canManage = useCan('liaison.manage') && user.role !== 'county_dispatcher';
  const { data, error, refetch, isLoading } = useContactRule();
  const [isEditing, setEditing] = useState(false);
  const rule = data ?? fallback;

  return (
    <Card
      variant="borderless"
      title="联系频次规则"
      data-testid="contact-rule-card"
      extra={
        canManage && rule ? (
          <Button
            icon={<EditOutlined />}
            size="small"
            onClick={() => setEditing(true)}
            data-testid="contact-rule-edit"
          >
            编辑
          </Button>
        ) : null
      }
    >
      {rule ? (
        <>
          <Typography.Paragraph
            strong
            style={{ fontSize: 15, marginBottom: 8 }}
            data-testid="contact-rule-text"
          >
            {describeContactRuleInFull(rule)}
          </Typography.Paragraph>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 3 }}
            items={[
              { key: 'every', label: '频次', children: `每 ${rule.everyDays} 天至少 ${rule.minVisits} 次` },
              {
                key: 'modes',
                label: '计入方式',
                children: rule.modes.map((m) => visitModeLabels[m]).join('、'),
              },
              { key: 'campaign', label: '攻坚期', children: describeCampaign(rule) },
            ]}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            从攻坚期开始（或对象纳入联系之日）起算；超过应联系日期仍无计入方式的走访记录，即为逾期未联系。
          </Typography.Text>
        </>
      ) : error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : isLoading ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : null}
      {canManage && rule ? (
        <ContactRuleModal open={isEditing} rule={rule} onClose={() => setEditing(false)} />
      ) : null}
    </Card>
  );
}
