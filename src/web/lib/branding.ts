export const platformShortName = '快进';
export const platformName = '衡阳市复工复产调度平台';
export const documentTitleSuffix = `${platformShortName} · ${platformName}`;
