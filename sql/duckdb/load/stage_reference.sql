-- Connection-local staging of a reference list (temporary tables vanish with the connection):
-- rows are appended in bulk, then merged by one set-based statement.
CREATE TEMP TABLE IF NOT EXISTS stage_structure (
    code             VARCHAR,
    name             VARCHAR,
    structure_type   VARCHAR,
    commune          VARCHAR,
    departement_code VARCHAR
);
CREATE TEMP TABLE IF NOT EXISTS stage_promeneur (
    promeneur_id     VARCHAR,
    last_name        VARCHAR,
    first_name       VARCHAR,
    structure_code   VARCHAR,
    departement_code VARCHAR,
    label            VARCHAR,
    job              VARCHAR,
    labelled_from    DATE,
    labelled_to      DATE,
    valid_from       DATE
);
DELETE FROM stage_structure;
DELETE FROM stage_promeneur;
