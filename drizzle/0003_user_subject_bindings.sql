-- Users bound to an enterprise or project reference them. Declared here rather than in users.table.ts so that
-- the users module does not import the registry, which sits above it.
ALTER TABLE users ADD CONSTRAINT users_enterprise_id_fk FOREIGN KEY (enterprise_id) REFERENCES enterprises(id);
--> statement-breakpoint
ALTER TABLE users ADD CONSTRAINT users_project_id_fk FOREIGN KEY (project_id) REFERENCES projects(id);
