-- Version 2 inputs (INPUTS.md §5–7): the activity of the network's private group, the onboarding journey and the
-- local groups. Same tables and columns as sql/sqlserver/Tables (a test keeps them identical).

-- Local groups: type 1, one per département and name; name_key is the name as matching reads it (case, accents,
-- spaces and hyphens ignored), name the spelling of the first row that named the group.
CREATE SEQUENCE dim.local_group_seq START 1;
CREATE TABLE dim.local_group (
    local_group_key  INTEGER      NOT NULL PRIMARY KEY DEFAULT nextval('dim.local_group_seq'),
    departement_code VARCHAR(3)   NOT NULL,
    name             VARCHAR(200) NOT NULL,
    name_key         VARCHAR(200) NOT NULL,
    source_file_key  INTEGER      NOT NULL
);

-- The steps of the onboarding journey; key = position (the five typed steps, then « Premier mois transmis »).
CREATE TABLE dim.onboarding_step (
    onboarding_step_key SMALLINT    NOT NULL PRIMARY KEY,
    label               VARCHAR(60) NOT NULL UNIQUE
);

-- An event of type « Groupe local » may belong to a local group (NULL: it belongs to none).
ALTER TABLE dim.event ADD COLUMN local_group_key INTEGER;

-- Activity of the network's private group (grain: département × audience × month); audience is Jeunesse,
-- Parentalité or Commun. Documents, photos and posts are flows; members are stocks at month end.
CREATE TABLE fact.network_activity (
    departement_code   VARCHAR(3)  NOT NULL,
    month_key          INTEGER     NOT NULL,
    audience           VARCHAR(20) NOT NULL,
    documents          INTEGER     NOT NULL,
    photos             INTEGER     NOT NULL,
    posts              INTEGER     NOT NULL,
    posts_organisation INTEGER     NOT NULL,
    posts_network_life INTEGER     NOT NULL,
    posts_resources    INTEGER     NOT NULL,
    member_promeneurs  INTEGER     NOT NULL,
    member_others      INTEGER     NOT NULL,
    file_key           INTEGER     NOT NULL,
    source_row         INTEGER     NOT NULL
);

-- The onboarding journey (grain: promeneur × typed step); promeneur_id is the durable key of dim.promeneur.
CREATE TABLE fact.onboarding_step (
    promeneur_id        VARCHAR(20) NOT NULL,
    onboarding_step_key SMALLINT    NOT NULL,
    step_date           DATE        NOT NULL,
    date_key            INTEGER     NOT NULL,
    file_key            INTEGER     NOT NULL,
    source_row          INTEGER     NOT NULL
);

-- Membership of local groups: factless, with validity dates (valid_to NULL: still a member; both days count).
CREATE TABLE fact.group_membership (
    local_group_key INTEGER     NOT NULL,
    promeneur_id    VARCHAR(20) NOT NULL,
    valid_from      DATE        NOT NULL,
    valid_to        DATE,
    file_key        INTEGER     NOT NULL,
    source_row      INTEGER     NOT NULL
);
