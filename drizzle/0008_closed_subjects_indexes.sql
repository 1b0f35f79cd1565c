-- The dashboard takes closed subjects' carried reports out of the figures; few subjects close, so a partial
-- index keeps that lookup from scanning the registry.
CREATE INDEX IF NOT EXISTS enterprises_closed_at_idx ON enterprises (closed_at) WHERE closed_at IS NOT NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS projects_closed_at_idx ON projects (closed_at) WHERE closed_at IS NOT NULL;
