-- Files kept with the per-database settings (RuleSettingsService): the institute's logo for the PDF letterhead.
-- The content is Base64 text in a CLOB so that the same migration runs on H2 and PostgreSQL (where CLOB is a domain
-- over TEXT, see postgresql/V001_1); kept apart from the setting table so that reading the rule settings never loads
-- the image.
CREATE TABLE setting_file (
    setting_key VARCHAR(200) NOT NULL,
    file_name   VARCHAR(400) NOT NULL,
    content     CLOB         NOT NULL,
    CONSTRAINT pk_setting_file PRIMARY KEY (setting_key),
    CONSTRAINT ck_setting_file_name CHECK (LENGTH(file_name) > 0)
);
