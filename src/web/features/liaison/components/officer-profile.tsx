import { Descriptions, Space, type DescriptionsProps } from 'antd';
import type { Officer } from '../../../../contracts/liaison';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { formatActivePeriod } from '../lib/officer-labels';
import { OfficerMobile } from './officer-mobile';
import { OfficerStatusTag } from './officer-status-tag';

function items(o: Officer): DescriptionsProps['items'] {
  return [
    { key: 'name', label: '姓名', children: o.name },
    { key: 'mobile', label: '手机号', children: <OfficerMobile officerId={o.id} mobile={o.mobile} /> },
    { key: 'unit', label: '派出单位', children: o.unitName },
    { key: 'post', label: '职务', children: o.post || '—' },
    { key: 'region', label: '工作区域', children: o.regionName },
    {
      key: 'period',
      label: '在岗期间',
      children: (
        <Space size={6}>
          <OfficerStatusTag isActive={o.isActive} />
          <span>{formatActivePeriod(o.activeFrom, o.activeTo)}</span>
        </Space>
      ),
    },
    {
      key: 'subjects',
      label: '当前联系对象',
      children: o.subjects ? `${o.subjects} 个（其中主责 ${o.primarySubjects} 个）` : '暂无',
    },
  ];
}

/** An officer's roster entry. */
export function OfficerProfile({ officer }: { officer: Officer }) {
  const isMobile = useIsMobile();
  return (
    <Descriptions
      bordered
      size={isMobile ? 'small' : 'middle'}
      column={{ xs: 1, sm: 1, md: 2, xxl: 4 }}
      items={items(officer)}
      styles={{ label: { width: isMobile ? 96 : 120, whiteSpace: isMobile ? 'normal' : 'nowrap' } }}
      data-testid="officer-profile"
    />
  );
}
