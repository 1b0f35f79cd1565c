import { EnvironmentOutlined } from '@ant-design/icons';
import { Breadcrumb } from 'antd';
import { useRegions } from '../../../lib/reference-data';

interface RegionBreadcrumbProps {
  regionCode: string;
  regionName: string;
  onSelect: (regionCode: string) => void;
}

/** 衡阳市 › 常宁市: the path from the user's scope root down to the region shown; each step goes back up. */
export function RegionBreadcrumb({ regionCode, regionName, onSelect }: RegionBreadcrumbProps) {
  const { data: regions } = useRegions();
  const byCode = new Map((regions ?? []).map((r) => [r.code, r]));
  const chain: { code: string; name: string }[] = [];
  let current = byCode.get(regionCode);
  while (current) {
    chain.unshift({ code: current.code, name: current.name });
    current = current.parentCode ? byCode.get(current.parentCode) : undefined;
  }
  if (chain.length === 0) chain.push({ code: regionCode, name: regionName });

  return (
    <Breadcrumb
      data-testid="region-breadcrumb"
      className="region-breadcrumb"
      items={chain.map((step, index) => ({
        key: step.code,
        title:
          index === chain.length - 1 ? (
            <span className="region-breadcrumb-current">
              {index === 0 ? <EnvironmentOutlined /> : null} {step.name}
            </span>
          ) : (
            <a
              href={`?region=${step.code}`}
              onClick={(event) => {
                event.preventDefault();
                onSelect(step.code);
              }}
            >
              {index === 0 ? <EnvironmentOutlined /> : null} {step.name}
            </a>
          ),
      }))}
    />
  );
}
