-- Indexes for the desk's administration lists, which filter and page at 100,000 rows:
-- the audit log by actor or by action (newest first), accounts by role.

CREATE INDEX audit_event_actor_ix ON audit_event (actor, at);
CREATE INDEX audit_event_action_ix ON audit_event (action, at);
CREATE INDEX account_role_name_ix ON account_role (role_name, account_id);
