-- H2 gives a foreign key an index of its own unless an index on exactly its columns exists when the key is added.
-- These six keys were declared inside CREATE TABLE, before the CREATE INDEX that follows each table, so each column
-- below was indexed twice: every insert wrote two identical B-trees (for output_contributor, one per author of
-- every output). Each key is added again now that its index exists, with the same name, columns and action, and H2
-- uses that index for it. On PostgreSQL, which never makes indexes for foreign keys, this only re-checks the keys.
ALTER TABLE output_contributor DROP CONSTRAINT fk_output_contributor_researcher;
ALTER TABLE output_contributor ADD CONSTRAINT fk_output_contributor_researcher FOREIGN KEY (researcher_id)
    REFERENCES researcher (id) ON DELETE CASCADE;

ALTER TABLE career_break DROP CONSTRAINT fk_career_break_researcher;
ALTER TABLE career_break ADD CONSTRAINT fk_career_break_researcher FOREIGN KEY (researcher_id)
    REFERENCES researcher (id) ON DELETE CASCADE;

ALTER TABLE round_stage_event DROP CONSTRAINT fk_round_stage_event_round;
ALTER TABLE round_stage_event ADD CONSTRAINT fk_round_stage_event_round FOREIGN KEY (round_id)
    REFERENCES evaluation_round (id) ON DELETE CASCADE;

ALTER TABLE scoring_snapshot DROP CONSTRAINT fk_scoring_snapshot_round;
ALTER TABLE scoring_snapshot ADD CONSTRAINT fk_scoring_snapshot_round FOREIGN KEY (round_id)
    REFERENCES evaluation_round (id) ON DELETE CASCADE;

ALTER TABLE technology_event DROP CONSTRAINT fk_technology_event_technology;
ALTER TABLE technology_event ADD CONSTRAINT fk_technology_event_technology FOREIGN KEY (code)
    REFERENCES technology (code);

ALTER TABLE output_tech_tag DROP CONSTRAINT fk_output_tech_tag_technology;
ALTER TABLE output_tech_tag ADD CONSTRAINT fk_output_tech_tag_technology FOREIGN KEY (tech_code)
    REFERENCES technology (code);
