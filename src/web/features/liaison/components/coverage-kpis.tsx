import { Card, Col, Row, Skeleton, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { formatRateNumber } from '../../../components/kpi-rate';
import type { CoverageKpis as Kpis } from '../lib/coverage-figures';

interface CoverageKpisProps {
  kpis: Kpis | undefined;
  isLoading: boolean;
}

function Kpi({
  label,
  hint,
  value,
  color,
  testId,
}: {
  label: string;
  hint: string;
  value: ReactNode;
  color?: string;
  testId: string;
}) {
  return (
    <Tooltip title={hint}>
      <div data-testid={testId}>
        <div style={{ color: 'rgba(0,0,0,0.55)', fontSize: 13 }}>{label}</div>
        <div
          style={{
            fontSize: 26,
            fontWeight: 600,
            lineHeight: 1.3,
            color,
            fontVariantNumeric: 'tabular-nums',
          }}
        >
          {value}
        </div>
      </div>
    </Tooltip>
  );
}

const count = (n: number) => n.toLocaleString('zh-CN');

/** The six headline figures of liaison coverage. */
export function CoverageKpis({ kpis, isLoading }: CoverageKpisProps) {
  const cells: { key: string; node: ReactNode }[] = kpis
    ? [
        {
          key: 'subjects',
          node: (
            <Kpi
              testId="coverage-kpi-subjects"
              label="在册对象"
              hint="在册且在统计期内的规上工业企业和重点项目"
              value={count(kpis.subjects)}
            />
          ),
        },
        {
          key: 'covered',
          node: (
            <Kpi
              testId="coverage-kpi-covered"
              label="已覆盖"
              hint="有在岗主责联络员的企业和项目"
              value={count(kpis.covered)}
              color="#389e0d"
            />
          ),
        },
        {
          key: 'rate',
          node: (
            <Kpi
              testId="coverage-kpi-rate"
              label="覆盖率"
              hint="已覆盖 ÷ 在册对象"
              value={
                <>
                  {formatRateNumber(kpis.rate)}
                  {kpis.rate !== null ? <small style={{ fontSize: 15 }}>%</small> : null}
                </>
              }
              color="#1a56c4"
            />
          ),
        },
        {
          key: 'uncovered',
          node: (
            <Kpi
              testId="coverage-kpi-uncovered"
              label="未覆盖"
              hint="没有在岗主责联络员的企业和项目"
              value={count(kpis.uncovered)}
              color={kpis.uncovered > 0 ? '#cf1322' : undefined}
            />
          ),
        },
        {
          key: 'overdue',
          node: (
            <Kpi
              testId="coverage-kpi-overdue"
              label="逾期未联系"
              hint="超过联系频次规则的最晚日期仍未按规定方式联系的"
              value={count(kpis.overdue)}
              color={kpis.overdue > 0 ? '#d46b08' : undefined}
            />
          ),
        },
        {
          key: 'officers',
          node: (
            <Kpi
              testId="coverage-kpi-officers"
              label="在岗联络员"
              hint="今天在岗、联系着本区域企业或项目的联络员"
              value={count(kpis.officersActive)}
            />
          ),
        },
      ]
    : [];

  return (
    <Card variant="borderless" data-testid="coverage-kpis">
      {isLoading && !kpis ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : (
        <Row gutter={[16, 16]}>
          {cells.map((c) => (
            <Col key={c.key} xs={12} sm={8} xl={4}>
              {c.node}
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}
