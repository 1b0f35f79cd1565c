import dayjs from 'dayjs';
import type { ContactRuleDto } from '../../../../contracts/liaison';
import { visitModeLabels } from '../../../../domain/liaison';
import type { ReportStatus } from '../../../../domain/resumption';

/** 每 7 天至少实地走访 1 次; with several counted modes: 每 7 天至少联系 1 次（实地走访、电话联系均计入）. */
export function describeContactRule(rule: Pick<ContactRuleDto, 'everyDays' | 'minVisits' | 'modes'>): string {
  const period = rule.everyDays === 1 ? '每天' : `每 ${rule.everyDays} 天`;
  if (rule.modes.length === 1) return `${period}至少${visitModeLabels[rule.modes[0]!]} ${rule.minVisits} 次`;
  const modes = rule.modes.map((m) => visitModeLabels[m]).join('、');
  return `${period}至少联系 ${rule.minVisits} 次（${modes}均计入）`;
}

/** 3月8日 */
export function formatDay(date: string): string {
  return dayjs(date).format('M月D日');
}

const weekdays = ['日', '一', '二', '三', '四', '五', '六'];

/** 2020年3月8日 星期日 */
export function formatLongDay(date: string): string {
  const day = dayjs(date);
  return `${day.format('YYYY年M月D日')} 星期${weekdays[day.day()]}`;
}

/** The same colours as the daily report screens: 未复工 red, 停产检修 grey. */
export const reportStatusColors: Record<ReportStatus, string> = {
  resumed: 'success',
  partial: 'processing',
  not_resumed: 'error',
  suspended: 'default',
};

export const maxPhotos = 9;
export const maxPhotoBytes = 10 * 1024 * 1024;
export const photoAccept = 'image/jpeg,image/png,image/heic,.heic';

/** By type or, as some phones send HEIC without one, by the name; the server checks the content. */
export function isAcceptedPhoto(file: { type: string; name: string }): boolean {
  if (['image/jpeg', 'image/png', 'image/heic', 'image/heif'].includes(file.type)) return true;
  return /\.(jpe?g|png|heic|heif)$/i.test(file.name);
}

/**
 * A server field path (`visitDate`, `visit.problems[0].title`, `/photos/0`) as a form name path
 * (['problems', 0, 'title']). The subject's two fields are one select in the form.
 */
export function toFormName(path: string): (string | number)[] {
  const parts = path
    .replace(/\[(\d+)\]/g, '.$1')
    .split(/[./]/)
    .filter((p) => p !== '');
  if (parts[0] === 'body') parts.shift();
  if (parts[0] === 'visit') parts.shift();
  if (parts[0] === 'subjectKind' || parts[0] === 'subjectId') return ['subject'];
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}
