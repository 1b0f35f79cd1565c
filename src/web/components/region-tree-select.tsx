import { TreeSelect } from 'antd';
import { useMemo, type CSSProperties } from 'react';
import { useRegions } from '../lib/reference-data';
import { buildRegionTree } from '../lib/region-tree';

interface RegionTreeSelectProps {
  value?: string | null;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
  id?: string;
}

/** Picks one unit of the region tree the signed-in user may see (市 › 区县/园区 › 乡镇). */
export function RegionTreeSelect({
  value,
  onChange,
  placeholder = '请选择区划',
  allowClear = true,
  disabled,
  style,
  id,
}: RegionTreeSelectProps) {
  const { data, isLoading } = useRegions();
  const treeData = useMemo(() => buildRegionTree(data ?? []), [data]);
  const rootCodes = useMemo(() => treeData.map((n) => n.value), [treeData]);

  return (
    <TreeSelect
      // Remount once the tree arrives so the top level starts expanded.
      key={rootCodes.join(',')}
      id={id}
      value={value ?? undefined}
      onChange={(code: string | undefined) => onChange?.(code)}
      treeData={treeData}
      loading={isLoading}
      placeholder={placeholder}
      allowClear={allowClear}
      disabled={disabled}
      showSearch
      treeNodeFilterProp="title"
      treeDefaultExpandedKeys={rootCodes}
      popupMatchSelectWidth={false}
      style={{ minWidth: 180, ...style }}
      notFoundContent="没有匹配的区划"
    />
  );
}
