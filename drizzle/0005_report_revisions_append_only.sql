-- Report revisions are history: the application can add one, never change or remove it.
CREATE TRIGGER report_revisions_no_update_delete BEFORE UPDATE OR DELETE ON report_revisions
  FOR EACH ROW EXECUTE FUNCTION kj_audit_log_immutable();
--> statement-breakpoint
CREATE TRIGGER report_revisions_no_truncate BEFORE TRUNCATE ON report_revisions
  FOR EACH STATEMENT EXECUTE FUNCTION kj_audit_log_immutable();
