import path from 'node:path';
import type { CaseRow } from '../cases/index';
import type { CreateCaseRequest } from '../../../contracts/cases';
import {
  createVisitRequestSchema,
  type CreateVisitRequest,
  type Visit,
  type VisitDetail,
  type VisitListQuery,
} from '../../../contracts/liaison';
import type { Prevention } from '../../../contracts/reports';
import { shanghaiDate } from '../../../domain/dates';
import { subjectKey } from '../../../domain/subjects';
import {
  preventionLabels,
  visitModeLabels,
  type PreventionItem,
  type VisitMode,
} from '../../../domain/liaison';
import type { Actor } from '../../platform/access';
import type { AuditContext } from '../../platform/audit';
import { AppError, notFound } from '../../platform/errors';
import type { Platform } from '../../platform/platform';
import type { CasesService } from '../cases/index';
import type { RegionsService } from '../regions/index';
import type { SubjectsService } from '../registry/index';
import type { LiaisonService } from './liaison.service';
import { createRosterRepository } from './roster.repository';
import {
  createVisitsRepository,
  type VisitFilter,
  type VisitRow,
  type VisitVisibility,
} from './visits.repository';
import { checkPhotos, removeStored, storePhoto, type ReceivedVisit, type StoredPhoto } from './photos';

const visitFieldLabels: Record<string, string> = {
  subjectKind: '对象类型',
  subjectId: '走访对象',
  visitDate: '走访日期',
  mode: '走访方式',
  peopleMet: '接待人员',
  prevention: '防疫五项检查',
  observations: '走访情况',
  problems: '现场提出的问题',
  title: '标题',
  description: '描述',
  category: '类别',
  priority: '紧急程度',
};

/** A field path in words for the error's detail: problems[0].title → 第 1 个问题的标题. */
function fieldLabel(path: readonly PropertyKey[]): string {
  const [first, index, field] = path;
  if (first === 'problems' && typeof index === 'number')
    return `第 ${index + 1} 个问题的${visitFieldLabels[String(field)] ?? '内容'}`;
  if (first === 'prevention' && typeof index === 'string')
    return `防疫检查「${preventionLabels[index as PreventionItem] ?? index}」`;
  return visitFieldLabels[String(first)] ?? (path.length > 0 ? path.map(String).join('.') : '走访内容');
}

export function createVisitsService(
  platform: Platform,
  regions: RegionsService,
  subjects: SubjectsService,
  cases: CasesService,
  liaison: LiaisonService,
) {
  const { db, clock, audit, config } = platform;
  const repo = createVisitsRepository(db);
  const roster = createRosterRepository(db);

  async function visibilityOf(actor: Actor): Promise<VisitVisibility> {
    if (actor.role === 'liaison_officer') {
      const officer = actor.userId ? await roster.findOfficerByUser(actor.userId) : undefined;
      return { regionCodes: [], officerId: officer?.id ?? -1 };
    }
    return { regionCodes: actor.scope.regionCodes, officerId: null };
  }

  async function toVisits(rows: readonly VisitRow[]): Promise<Visit[]> {
    const officers = new Map(
      (await roster.officersByIds([...new Set(rows.map((r) => r.officerId))])).map((o) => [o.id, o.name]),
    );
    const names = await subjects.namesOf(rows.map((r) => ({ kind: r.subjectKind, id: r.subjectId })));
    const counts = await repo.countsOfVisits(rows.map((r) => r.id));
    return Promise.all(
      rows.map(async (r) => ({
        id: r.id,
        officerId: r.officerId,
        officerName: officers.get(r.officerId) ?? '',
        subjectKind: r.subjectKind,
        subjectId: r.subjectId,
        subjectName: names.get(subjectKey({ kind: r.subjectKind, id: r.subjectId })) ?? '',
        regionCode: r.regionCode,
        regionName: (await regions.find(r.regionCode))?.name ?? r.regionCode,
        visitDate: r.visitDate,
        mode: r.mode as VisitMode,
        peopleMet: r.peopleMet,
        prevention: r.prevention as Prevention,
        observations: r.observations,
        photoCount: counts.get(r.id)?.photos ?? 0,
        problemCount: counts.get(r.id)?.problems ?? 0,
        createdAt: r.createdAt.toISOString(),
      })),
    );
  }

  async function filterOf(query: Omit<VisitListQuery, 'page' | 'pageSize'>): Promise<VisitFilter> {
    const { region, ...rest } = query;
    return { ...rest, regionCodes: region ? await regions.subtree(region) : undefined };
  }

  /** Parses the `visit` field: JSON, then the contract; errors name the field. */
  function parseVisit(json: string | null): CreateVisitRequest {
    if (json === null)
      throw new AppError('bad_request', '缺少走访内容（字段 visit，JSON）', {
        errors: [{ path: 'visit', message: '缺少走访内容' }],
      });
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      throw new AppError('bad_request', '走访内容（字段 visit）不是有效的 JSON', {
        errors: [{ path: 'visit', message: '不是有效的 JSON' }],
      });
    }
    const parsed = createVisitRequestSchema.safeParse(value);
    if (!parsed.success) {
      const errors = parsed.error.issues.map((i) => ({
        path: i.path
          .map((p, k) => (typeof p === 'number' ? `[${p}]` : k === 0 ? String(p) : `.${String(p)}`))
          .join(''),
        message: i.message,
      }));
      const detail = parsed.error.issues.map((i) => `${fieldLabel(i.path)}：${i.message}`).join('；');
      throw new AppError('bad_request', detail, { errors });
    }
    return parsed.data;
  }

  return {
    /**
     * Records a visit by the signed-in officer to one of their subjects, with its photos and the problems
     * raised on the spot (each a problem case linked to the visit), in one transaction: nothing is written
     * unless all of it is valid. The caller disposes of the received temporary files.
     */
    async create(actor: Actor, received: ReceivedVisit, context: AuditContext): Promise<VisitDetail> {
      const input = parseVisit(received.visitJson);
      const officer = await liaison.roster.officerOf(actor);
      const today = shanghaiDate(clock.now());
      const dateError = (message: string) =>
        new AppError('bad_request', `走访日期${message}`, { errors: [{ path: 'visitDate', message }] });
      if (input.visitDate > today) throw dateError(`不能晚于今天（${today}）`);
      if (input.visitDate < officer.activeFrom) throw dateError(`早于您的在岗起始日期 ${officer.activeFrom}`);
      // Out of the officer's assigned subjects means not visible at all (scope), so it reads as not found.
      const subject = await subjects.find(actor.scope, input.subjectKind, input.subjectId);
      if (!subject)
        throw new AppError('not_found', '该企业或项目不是您联系的对象', {
          errors: [{ path: 'subjectId', message: '不是您联系的对象' }],
        });
      const problems: { input: CreateCaseRequest; regionCode: string }[] = [];
      for (const p of input.problems) {
        const request: CreateCaseRequest = {
          kind: 'problem',
          title: p.title,
          description: p.description,
          category: p.category,
          priority: p.priority,
          source: 'liaison_visit',
          ...(input.subjectKind === 'enterprise'
            ? { enterpriseId: input.subjectId }
            : { projectId: input.subjectId }),
        };
        problems.push({ input: request, regionCode: await cases.checkNew(actor, request) });
      }
      const types = await checkPhotos(received.photos);
      const stored: StoredPhoto[] = [];
      try {
        for (const [i, photo] of received.photos.entries())
          stored.push(await storePhoto(photo, types[i]!, config.dataDir, input.visitDate.slice(0, 7)));
        await regions.warm();
        const now = clock.now();
        const id = await db.transaction(async (tx) => {
          const txRepo = createVisitsRepository(tx);
          const visit = await txRepo.insertVisit({
            officerId: officer.id,
            subjectKind: input.subjectKind,
            subjectId: input.subjectId,
            regionCode: subject.regionCode,
            visitDate: input.visitDate,
            mode: input.mode,
            peopleMet: input.peopleMet,
            prevention: input.prevention,
            observations: input.observations,
            createdAt: now,
            createdByUserId: actor.userId,
          });
          await txRepo.insertPhotos(stored.map((p) => ({ ...p, visitId: visit.id, createdAt: now })));
          const raised: CaseRow[] = [];
          for (const p of problems)
            raised.push(await cases.insertNew(tx, actor, p.input, p.regionCode, context));
          await txRepo.linkProblems(
            visit.id,
            raised.map((c) => c.id),
          );
          await audit.record(tx, context, {
            action: 'liaison.visit_created',
            entityType: 'liaison_visit',
            entityId: visit.id,
            summary: `${officer.name} ${visitModeLabels[input.mode]} ${subject.name}（${input.visitDate}），照片 ${
              stored.length
            } 张${raised.length > 0 ? `，提出问题 ${raised.map((c) => c.number).join('、')}` : ''}`,
          });
          return visit.id;
        });
        return this.get(actor, id);
      } catch (error) {
        await removeStored(config.dataDir, stored);
        throw error;
      }
    },

    async list(actor: Actor, query: VisitListQuery) {
      const result = await repo.listVisits(
        await visibilityOf(actor),
        await filterOf(query),
        query.page,
        query.pageSize,
      );
      return { items: await toVisits(result.items), total: result.total };
    },

    async *iterate(actor: Actor, query: Omit<VisitListQuery, 'page' | 'pageSize'>): AsyncGenerator<Visit> {
      const rows = repo.iterateVisits(await visibilityOf(actor), await filterOf(query));
      let batch: VisitRow[] = [];
      for await (const row of rows) {
        batch.push(row);
        if (batch.length === 500) {
          yield* await toVisits(batch);
          batch = [];
        }
      }
      yield* await toVisits(batch);
    },

    async get(actor: Actor, id: number): Promise<VisitDetail> {
      const row = await repo.findVisibleVisit(await visibilityOf(actor), id);
      if (!row) throw notFound('走访记录');
      const [visit] = await toVisits([row]);
      const photos = await repo.photosOf([id]);
      const links = await repo.problemIdsOf([id]);
      const linked = await cases.summariesOf(links.map((l) => l.caseId));
      return {
        ...visit!,
        photos: photos.map((p) => ({
          id: p.id,
          fileName: p.fileName,
          contentType: p.contentType,
          bytes: p.bytes,
          width: p.width,
          height: p.height,
          url: `/api/liaison/photos/${p.id}`,
          thumbUrl: `/api/liaison/photos/${p.id}/thumb`,
        })),
        problems: linked.map((c) => ({ caseId: c.id, number: c.number, title: c.title, state: c.state })),
      };
    },

    /** A photo's file (the browser rendition for HEIC, unless the original is asked for), if its visit is visible. */
    async photoFile(actor: Actor, id: number, variant: 'full' | 'thumb' | 'original') {
      const photo = await repo.findPhoto(id);
      if (!photo || !(await repo.findVisibleVisit(await visibilityOf(actor), photo.visitId)))
        throw notFound('照片');
      const file =
        variant === 'thumb'
          ? { path: photo.thumbPath, type: 'image/jpeg' }
          : variant === 'full' && photo.previewPath
            ? { path: photo.previewPath, type: 'image/jpeg' }
            : { path: photo.storedPath, type: photo.contentType };
      return {
        absolutePath: path.join(config.dataDir, file.path),
        contentType: file.type,
        fileName: photo.fileName,
      };
    },
  };
}

export type VisitsService = ReturnType<typeof createVisitsService>;
