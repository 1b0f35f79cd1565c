import { FilterOutlined } from '@ant-design/icons';
import { Badge, Button, Col, Flex, Row } from 'antd';
import { useState, type ReactNode } from 'react';
import { useIsMobile } from '../../../lib/use-is-mobile';

export interface FilterField {
  key: string;
  node: ReactNode;
  /** Columns (of 24) on wide screens. */
  xl: number;
  /** Half width on a phone (short selects side by side). */
  half?: boolean;
}

interface FilterBarProps {
  search: ReactNode;
  fields: FilterField[];
  /** How many filters besides the keyword are set (shown on the phone's 筛选 button). */
  activeCount: number;
  onClear: () => void;
}

/** The list's filters: one row on a wide screen; on a phone, the keyword box and a 筛选 button that unfolds them. */
export function FilterBar({ search, fields, activeCount, onClear }: FilterBarProps) {
  const isMobile = useIsMobile();
  const [isOpen, setOpen] = useState(false);
  const used = fields.reduce((n, f) => n + f.xl, 6);
  const reset = (
    <Button onClick={onClear} block>
      重置
    </Button>
  );

  if (isMobile) {
    return (
      <Flex vertical gap={10} className="filter-bar">
        <Flex gap={8}>
          <div style={{ flex: 1, minWidth: 0 }}>{search}</div>
          <Badge count={activeCount} size="small">
            <Button
              icon={<FilterOutlined />}
              onClick={() => setOpen((o) => !o)}
              type={isOpen ? 'primary' : 'default'}
            >
              筛选
            </Button>
          </Badge>
        </Flex>
        {isOpen ? (
          <Row gutter={[8, 10]}>
            {fields.map((f) => (
              <Col key={f.key} span={f.half ? 12 : 24}>
                {f.node}
              </Col>
            ))}
            <Col span={24}>{reset}</Col>
          </Row>
        ) : null}
      </Flex>
    );
  }

  return (
    <Row gutter={[12, 12]} className="filter-bar">
      <Col xs={24} sm={12} lg={8} xl={6}>
        {search}
      </Col>
      {fields.map((f) => (
        <Col key={f.key} xs={24} sm={12} lg={8} xl={f.xl}>
          {f.node}
        </Col>
      ))}
      <Col xs={24} sm={12} lg={8} xl={Math.max(2, 24 - used)}>
        {reset}
      </Col>
    </Row>
  );
}
