-- PostgreSQL only, run by Flyway after every migrate (so tables added by later migrations are covered): the
-- database roles of a shared TalentBench, one per committee role of the application (core.committee.Role), and what
-- each may change. Staff log-ins are made members by the administrator (docs/decisions/0020-operations.md):
--   talentbench_admin     ADMIN, the HR administrator: profiles, outputs, rounds, accounts, panels — every table
--   talentbench_chair     CHAIR: the committee's work (assignments, conflicts, reviews, ballots, grades, minutes)
--   talentbench_member    MEMBER: declares conflicts, fills review forms, votes, writes case notes
--   talentbench_observer  OBSERVER: reads only
-- Every role reads every table. The change log is append-only for all of them: nobody can UPDATE or DELETE audit
-- rows through these roles, whatever the application does. The roles are created when the migrating user may create
-- roles; grants are (re)applied only when the migrating user owns the tables, so a staff member opening the database
-- never needs these rights.
DO $$
DECLARE
    s         text := current_schema();
    r         text;
    t         text;
    all_roles text := 'talentbench_admin, talentbench_chair, talentbench_member, talentbench_observer';
    committee text[] := ARRAY['review_assignment', 'conflict_declaration', 'conflict_override', 'review_form',
                              'ballot', 'ballot_eligible', 'ballot_voter', 'grade_decision', 'quota_override',
                              'case_note', 'meeting_state', 'committee_event', 'round_check_in'];
    reviewing text[] := ARRAY['conflict_declaration', 'review_form', 'ballot', 'ballot_voter', 'case_note',
                              'committee_event', 'round_check_in'];
BEGIN
    FOREACH r IN ARRAY ARRAY['talentbench_admin', 'talentbench_chair', 'talentbench_member',
                             'talentbench_observer'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            IF (SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user) THEN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            ELSE
                RAISE NOTICE 'TalentBench: role % is missing and % may not create roles', r, current_user;
                RETURN;
            END IF;
        END IF;
    END LOOP;

    IF NOT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = s AND tablename = 'researcher'
                   AND tableowner = current_user) THEN
        RETURN;
    END IF;

    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %s', s, all_roles);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %s', s, all_roles);
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO talentbench_admin, talentbench_chair,'
                   ' talentbench_member', s);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO talentbench_admin', s);
    FOREACH t IN ARRAY committee LOOP
        IF EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = s AND tablename = t) THEN
            EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I.%I TO talentbench_chair', s, t);
        END IF;
    END LOOP;
    FOREACH t IN ARRAY reviewing LOOP
        IF EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = s AND tablename = t) THEN
            EXECUTE format('GRANT INSERT, UPDATE ON %I.%I TO talentbench_member', s, t);
        END IF;
    END LOOP;
    EXECUTE format('GRANT INSERT ON %I.change_log TO talentbench_admin, talentbench_chair, talentbench_member', s);
    IF EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = s AND tablename = 'change_log_head') THEN
        EXECUTE format('GRANT UPDATE ON %I.change_log_head TO talentbench_admin, talentbench_chair,'
                       ' talentbench_member', s);
        EXECUTE format('REVOKE DELETE, TRUNCATE ON %I.change_log_head FROM PUBLIC, %s', s, all_roles);
    END IF;
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %I.change_log FROM PUBLIC, %s', s, all_roles);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON %I.flyway_schema_history FROM PUBLIC, %s',
                   s, all_roles);
END
$$;
