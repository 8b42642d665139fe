-- PostgreSQL only, run by Flyway after every migrate (so tables added by later migrations are covered): the
-- database roles of a shared TalentBench and what each may do. Log-in roles of the staff are made members of these
-- group roles by the administrator (see docs/decisions/0020-operations.md):
--   talentbench_admin     everything (settings, schemes, all data)
--   talentbench_hr        HR staff: profiles, outputs and representative works; reads schemes
--   talentbench_reviewer  committee members: read profiles, outputs and schemes
--   talentbench_auditor   read everything, including the change log
-- The change log is append-only for every role but the owner: nobody can UPDATE or DELETE audit rows through
-- TalentBench's roles, whatever the application does. The roles are created when the migrating user may create
-- roles; grants are (re)applied only when the migrating user owns the tables, so a staff member opening the database
-- never needs these rights.
DO $$
DECLARE
    s   text := current_schema();
    own boolean;
    r   text;
BEGIN
    FOREACH r IN ARRAY ARRAY['talentbench_admin', 'talentbench_hr', 'talentbench_reviewer', 'talentbench_auditor'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            IF (SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user) THEN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            ELSE
                RAISE NOTICE 'TalentBench: role % is missing and % may not create roles', r, current_user;
                RETURN;
            END IF;
        END IF;
    END LOOP;

    SELECT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = s AND tablename = 'researcher'
                   AND tableowner = current_user) INTO own;
    IF NOT own THEN
        RETURN;
    END IF;

    EXECUTE format('GRANT USAGE ON SCHEMA %I TO talentbench_admin, talentbench_hr, talentbench_reviewer,'
                   ' talentbench_auditor', s);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO talentbench_admin, talentbench_hr,'
                   ' talentbench_reviewer, talentbench_auditor', s);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO talentbench_admin', s);
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO talentbench_admin, talentbench_hr', s);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I.department, %I.researcher, %I.researcher_tag,'
                   ' %I.career_break, %I.assignment, %I.output, %I.output_attribute, %I.output_contributor,'
                   ' %I.representative_work TO talentbench_hr', s, s, s, s, s, s, s, s, s);
    EXECUTE format('GRANT INSERT ON %I.change_log TO talentbench_hr, talentbench_reviewer', s);
    IF EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = s AND tablename = 'change_log_head') THEN
        EXECUTE format('GRANT INSERT, UPDATE ON %I.change_log_head TO talentbench_admin, talentbench_hr,'
                       ' talentbench_reviewer', s);
    END IF;
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %I.change_log FROM PUBLIC, talentbench_admin,'
                   ' talentbench_hr, talentbench_reviewer, talentbench_auditor', s);
    EXECUTE format('REVOKE ALL ON %I.flyway_schema_history FROM talentbench_hr, talentbench_reviewer,'
                   ' talentbench_auditor', s);
    EXECUTE format('GRANT SELECT ON %I.flyway_schema_history TO talentbench_admin, talentbench_hr,'
                   ' talentbench_reviewer, talentbench_auditor', s);
END
$$;
