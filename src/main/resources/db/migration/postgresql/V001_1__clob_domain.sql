-- PostgreSQL only: the common migrations use the SQL standard's CLOB for long text (H2 knows it, PostgreSQL does
-- not). A domain of that name over TEXT lets the shared migrations run unchanged on both databases.
CREATE DOMAIN clob AS TEXT;
