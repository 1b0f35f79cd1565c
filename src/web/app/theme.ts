import type { ThemeConfig } from 'antd';

export const headerBackground = '#0f3c7a';

export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1a56c4',
    colorInfo: '#1a56c4',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: {
      headerBg: headerBackground,
      headerHeight: 56,
      headerPadding: '0 16px',
      siderBg: '#ffffff',
      bodyBg: '#f3f5f9',
      triggerBg: '#ffffff',
      triggerColor: '#1f1f1f',
    },
  },
};
