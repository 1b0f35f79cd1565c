import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  projectPageSchema,
  projectSchema,
  type Project,
  type ProjectInput,
  type ProjectUpdate,
} from '../../../../contracts/registry';
import type { projectListQuerySchema } from '../../../../contracts/registry';
import type { ListFilters, ListQuery } from '../../../lib/use-list-params';

export type ProjectListQuery = ListQuery<typeof projectListQuerySchema>;
export type ProjectFilters = ListFilters<typeof projectListQuerySchema>;
import { request } from '../../../lib/api';
import type { CloseChange, VersionedChange } from './enterprises';

export const projectsKey = ['projects'] as const;

export function useProjects(params: ProjectListQuery) {
  return useQuery({
    queryKey: [...projectsKey, 'list', params],
    queryFn: () => request('/api/projects', { query: { ...params }, schema: projectPageSchema }),
    placeholderData: keepPreviousData,
  });
}

export function projectDetailKey(id: number) {
  return [...projectsKey, 'detail', id] as const;
}

export function fetchProject(id: number): Promise<Project> {
  return request(`/api/projects/${id}`, { schema: projectSchema });
}

export function useProject(id: number | null) {
  return useQuery({
    queryKey: projectDetailKey(id ?? 0),
    queryFn: () => fetchProject(id!),
    enabled: id !== null,
  });
}

function useRefreshProjects() {
  const queryClient = useQueryClient();
  return (saved?: Project) => {
    if (saved) queryClient.setQueryData(projectDetailKey(saved.id), saved);
    return queryClient.invalidateQueries({ queryKey: projectsKey });
  };
}

export function useCreateProject() {
  const refresh = useRefreshProjects();
  return useMutation({
    mutationFn: (body: ProjectInput) =>
      request('/api/projects', { method: 'POST', body, schema: projectSchema }),
    onSuccess: (saved) => refresh(saved),
  });
}

export function useUpdateProject() {
  const refresh = useRefreshProjects();
  return useMutation({
    mutationFn: ({ id, version, body }: VersionedChange<ProjectUpdate>) =>
      request(`/api/projects/${id}`, {
        method: 'PATCH',
        body,
        headers: { 'If-Match': String(version) },
        schema: projectSchema,
      }),
    onSuccess: (saved) => refresh(saved),
  });
}

/** 退出 or 恢复 a key project. */
export function useCloseProject() {
  const refresh = useRefreshProjects();
  return useMutation({
    mutationFn: ({ id, version, body, action }: CloseChange) =>
      request(`/api/projects/${id}/${action}`, {
        method: 'POST',
        body,
        headers: { 'If-Match': String(version) },
        schema: projectSchema,
      }),
    onSuccess: (saved) => refresh(saved),
    onError: () => refresh(),
  });
}
