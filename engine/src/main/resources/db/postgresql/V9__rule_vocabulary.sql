-- What the rule vocabulary of issue 16 stores with each assessment, where lists and reports read it without the
-- explanation: the rule set that scored it (NULL: the base set, else the segment id of segments/ID/), why its score
-- is low-confidence (NULL: it is not), and its weekly scores in week order, separated by ';' (the weekly series the
-- history helpers read for later months). A forced band's reason and the triggers a cooldown held back are in the
-- explanation. Adding nullable columns without a default rewrites nothing.
ALTER TABLE assessments ADD COLUMN rule_set VARCHAR(100);
ALTER TABLE assessments ADD COLUMN low_confidence VARCHAR(500);
ALTER TABLE assessments ADD COLUMN week_scores TEXT;
