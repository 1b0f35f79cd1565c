export { authRoutes } from './auth.routes';
export { usersRoutes } from './users.routes';
export { createAuthService, sessionCookieName, authRules, type AuthService } from './auth.service';
export { createUsersService, type UsersService, type SubjectLookups } from './users.service';
export { createApiTokensService, type ApiTokensService } from './api-tokens.service';
export { hashPassword } from './passwords';
export { users } from './users.table';
