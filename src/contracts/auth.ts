import { z } from 'zod';
import { permissions } from '../domain/permissions';
import { roles } from '../domain/roles';
import { regionCodeSchema } from './common';

export const loginRequestSchema = z.strictObject({
  username: z.string().trim().min(1, '请输入用户名').max(64),
  password: z.string().min(1, '请输入密码').max(128),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const sessionUserSchema = z
  .object({
    id: z.number().int(),
    username: z.string(),
    name: z.string(),
    role: z.enum(roles),
    regionCode: regionCodeSchema,
    regionName: z.string(),
    departmentId: z.number().int().nullable().optional(),
    departmentName: z.string().nullable().optional(),
    enterpriseId: z.number().int().nullable().optional(),
    projectId: z.number().int().nullable().optional(),
    permissions: z.array(z.enum(permissions)),
    mustChangePassword: z.boolean(),
  })
  .describe('当前用户');
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const sessionResponseSchema = z.object({ user: sessionUserSchema, csrfToken: z.string() });
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const changePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().min(1, '请输入当前密码').max(128),
  newPassword: z.string().max(128),
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;
