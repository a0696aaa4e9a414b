-- How each assessment came about (the weekly values used, each week's weighted score, the rule that set the band
-- and the rule that asked for each trigger), as JSON written by the engine; null for assessments stored before.
ALTER TABLE assessments ADD COLUMN explanation VARCHAR(100000);

-- The text of every rule set that scored something, by its hash, so an assessment's rules_hash names the exact
-- files that produced it even after the rules folder has changed.
CREATE TABLE rule_files (
    rules_hash  VARCHAR(64)      NOT NULL,
    file        VARCHAR(255)     NOT NULL,
    content     VARCHAR(1000000) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (rules_hash, file)
);
