-- The single definition of the indicators of INDICATORS.md, as additive amounts per département
-- for one scope. JSON, table, annexes and the national comparison all read this query; ratios
-- and per-promeneur averages are derived from these amounts in one place
-- (Reporting.Indicators.IndicatorSet), the same way in every output.
-- With @by_promeneur = 1 the same amounts come per promeneur of the population (promeneur_id set;
-- the annexes' per-promeneur rows): they add up to the département's. Regroupements and their
-- hours belong to the département, not to a promeneur: their rows keep promeneur_id = ''.
--
-- Parameters
--   @first_day, @last_day            DATE     first and last day of the period
--   @first_month, @last_month        INT      yyyymm of the first and last month
--   @first_date_key, @last_date_key  INT      yyyymmdd of the first and last day
--   @label                           NVARCHAR 'Jeunesse', 'Parentalité' or '' for all
--   @full_period                     INT      0 = actifs, 1 = periode-complete
--   @departement                     NVARCHAR INSEE code, or '' for all départements
--   @by_promeneur                    INT      0 = amounts per département, 1 = per promeneur
--
-- Population: promeneurs active at least one day of the period (actifs) or every day of it
-- (periode-complete). A promeneur's label for the period is the label of the version of the
-- promeneur in effect on the last day of the period on which the promeneur is active.
-- Regroupements: events of the territory dated in the period whose public is the label or
-- 'Commun' (all events without a label); attendance counts the rows of those events for
-- promeneurs of the population who belong to the event's département.
--
-- Version 2 (INDICATORS.md, « Version 2 additions »):
--   reseau_*        the network group's activity of the territory, rows of the label or 'Commun' (all rows without a
--                   label): flows summed over the period's months; members (stocks) of the last month that has a row.
--   etape           one row per step reached by a promeneur of the population (promeneur_id always set, category = the
--                   step, amount = the date key yyyymmdd of the step; the first submitted month for « Premier mois
--                   transmis », as the key of its first day). Counts, delays and medians derive from them in C#
--                   (Reporting.Indicators.Definitions.NetworkIndicators), where days between two dates are exact.
--   groupe*         per local group of the territory (category = its name), whatever the label and the population:
--                   members on the period's last day, distinct meeting days, hours, attendance rows and Présent rows.
WITH scoped AS (
    SELECT
        p.promeneur_id,
        p.departement_code,
        CASE WHEN p.labelled_to IS NOT NULL AND p.labelled_to < @last_day THEN p.labelled_to ELSE @last_day END AS label_day
    FROM dim.promeneur AS p
    WHERE p.is_current = 1
      AND p.labelled_from <= @last_day
      AND (p.labelled_to IS NULL OR p.labelled_to >= @first_day)
      AND (@full_period = 0 OR (p.labelled_from <= @first_day AND (p.labelled_to IS NULL OR p.labelled_to >= @last_day)))
      AND (@departement = '' OR p.departement_code = @departement)
),
population AS (
    SELECT s.promeneur_id, s.departement_code,
           CASE WHEN @by_promeneur = 1 THEN s.promeneur_id ELSE '' END AS unit_id
    FROM scoped AS s
    JOIN dim.promeneur AS v
        ON v.promeneur_id = s.promeneur_id
       AND v.valid_from <= s.label_day
       AND v.valid_to > s.label_day
    WHERE @label = '' OR v.label = @label
),
activity AS (
    SELECT p.departement_code, p.unit_id, a.promeneur_id, a.month_key, a.online_hours, a.offline_hours,
           a.permanences, a.publications, a.public_friends, a.professional_friends
    FROM rpt.activity_month AS a
    JOIN population AS p ON p.promeneur_id = a.promeneur_id
    WHERE a.month_key BETWEEN @first_month AND @last_month
),
last_submitted AS (
    SELECT promeneur_id, MAX(month_key) AS month_key
    FROM activity
    GROUP BY promeneur_id
),
expected AS (
    SELECT p.departement_code, p.unit_id, e.submitted
    FROM rpt.expected_month AS e
    JOIN population AS p ON p.promeneur_id = e.promeneur_id
    WHERE e.month_key BETWEEN @first_month AND @last_month
),
events AS (
    SELECT e.event_key, e.departement_code, e.duration_hours
    FROM dim.event AS e
    WHERE e.date_key BETWEEN @first_date_key AND @last_date_key
      AND (@departement = '' OR e.departement_code = @departement)
      AND (@label = '' OR e.audience = @label OR e.audience = 'Commun')
),
attendance AS (
    SELECT ev.departement_code, p.unit_id, a.present
    FROM rpt.attendance AS a
    JOIN events AS ev ON ev.event_key = a.event_key
    JOIN population AS p ON p.promeneur_id = a.promeneur_id AND p.departement_code = ev.departement_code
),
network AS (
    SELECT n.departement_code, n.month_key, n.documents, n.photos, n.posts, n.posts_organisation, n.posts_network_life,
           n.posts_resources, n.member_promeneurs, n.member_others
    FROM fact.network_activity AS n
    WHERE n.month_key BETWEEN @first_month AND @last_month
      AND (@departement = '' OR n.departement_code = @departement)
      AND (@label = '' OR n.audience = @label OR n.audience = 'Commun')
),
network_last AS (
    SELECT departement_code, MAX(month_key) AS month_key
    FROM network
    GROUP BY departement_code
),
journey AS (
    SELECT p.departement_code, p.promeneur_id, k.label AS step, j.date_key
    FROM population AS p
    JOIN fact.onboarding_step AS j ON j.promeneur_id = p.promeneur_id
    JOIN dim.onboarding_step AS k ON k.onboarding_step_key = j.onboarding_step_key
    UNION ALL
    SELECT p.departement_code, p.promeneur_id, k.label, MIN(a.month_date_key)
    FROM population AS p
    JOIN rpt.activity_month AS a ON a.promeneur_id = p.promeneur_id
    JOIN dim.onboarding_step AS k ON k.onboarding_step_key = 6
    GROUP BY p.departement_code, p.promeneur_id, k.label
),
local_groups AS (
    SELECT g.local_group_key, g.departement_code, g.name
    FROM dim.local_group AS g
    WHERE @departement = '' OR g.departement_code = @departement
),
group_members AS (
    SELECT g.departement_code, g.name, m.promeneur_id
    FROM local_groups AS g
    JOIN fact.group_membership AS m ON m.local_group_key = g.local_group_key
    WHERE m.valid_from <= @last_day
      AND (m.valid_to IS NULL OR m.valid_to >= @last_day)
),
group_events AS (
    SELECT g.departement_code, g.name, e.event_key, e.date_key, e.duration_hours
    FROM local_groups AS g
    JOIN dim.event AS e ON e.local_group_key = g.local_group_key
    WHERE e.date_key BETWEEN @first_date_key AND @last_date_key
),
group_attendance AS (
    SELECT ge.departement_code, ge.name, a.present
    FROM group_events AS ge
    JOIN rpt.attendance AS a ON a.event_key = ge.event_key
),
solicitations AS (
    SELECT p.departement_code, p.unit_id, s.direction, s.interlocutor, s.contact_mode, s.theme, s.age_band, s.new_participant
    FROM rpt.solicitation AS s
    JOIN population AS p ON p.promeneur_id = s.promeneur_id
    WHERE s.date_key BETWEEN @first_date_key AND @last_date_key
)
SELECT departement_code, CAST(unit_id AS VARCHAR(20)) AS promeneur_id, 'promeneurs' AS indicator, '' AS category, CAST(COUNT(*) AS DECIMAL(28, 6)) AS amount
FROM population GROUP BY departement_code, unit_id
UNION ALL
SELECT departement_code, unit_id, 'mois_attendus', '', CAST(COUNT(*) AS DECIMAL(28, 6))
FROM expected GROUP BY departement_code, unit_id
UNION ALL
SELECT departement_code, unit_id, 'mois_transmis', '', CAST(SUM(submitted) AS DECIMAL(28, 6))
FROM expected GROUP BY departement_code, unit_id
UNION ALL
SELECT departement_code, unit_id, 'heures_en_ligne', '', CAST(SUM(online_hours) AS DECIMAL(28, 6))
FROM activity GROUP BY departement_code, unit_id
UNION ALL
SELECT departement_code, unit_id, 'heures_hors_ligne', '', CAST(SUM(offline_hours) AS DECIMAL(28, 6))
FROM activity GROUP BY departement_code, unit_id
UNION ALL
SELECT departement_code, unit_id, 'permanences', '', CAST(SUM(permanences) AS DECIMAL(28, 6))
FROM activity GROUP BY departement_code, unit_id
UNION ALL
SELECT departement_code, unit_id, 'publications', '', CAST(SUM(publications) AS DECIMAL(28, 6))
FROM activity GROUP BY departement_code, unit_id
UNION ALL
SELECT a.departement_code, a.unit_id, 'amis_public', '', CAST(SUM(a.public_friends) AS DECIMAL(28, 6))
FROM activity AS a
JOIN last_submitted AS l ON l.promeneur_id = a.promeneur_id AND l.month_key = a.month_key
GROUP BY a.departement_code, a.unit_id
UNION ALL
SELECT a.departement_code, a.unit_id, 'amis_professionnels', '', CAST(SUM(a.professional_friends) AS DECIMAL(28, 6))
FROM activity AS a
JOIN last_submitted AS l ON l.promeneur_id = a.promeneur_id AND l.month_key = a.month_key
GROUP BY a.departement_code, a.unit_id
UNION ALL
SELECT departement_code, unit_id, 'nouveaux_participants', '', CAST(SUM(new_participant) AS DECIMAL(28, 6))
FROM solicitations GROUP BY departement_code, unit_id
UNION ALL
SELECT departement_code, unit_id, 'sens', direction, CAST(COUNT(*) AS DECIMAL(28, 6))
FROM solicitations GROUP BY departement_code, direction, unit_id
UNION ALL
SELECT departement_code, unit_id, 'modalites', contact_mode, CAST(COUNT(*) AS DECIMAL(28, 6))
FROM solicitations GROUP BY departement_code, contact_mode, unit_id
UNION ALL
SELECT departement_code, unit_id, 'themes', theme, CAST(COUNT(*) AS DECIMAL(28, 6))
FROM solicitations GROUP BY departement_code, theme, unit_id
UNION ALL
SELECT departement_code, unit_id, 'tranches_age', age_band, CAST(COUNT(*) AS DECIMAL(28, 6))
FROM solicitations GROUP BY departement_code, age_band, unit_id
UNION ALL
SELECT departement_code, unit_id, 'interlocuteurs', interlocutor, CAST(COUNT(*) AS DECIMAL(28, 6))
FROM solicitations GROUP BY departement_code, interlocutor, unit_id
UNION ALL
SELECT departement_code, '', 'regroupements', '', CAST(COUNT(*) AS DECIMAL(28, 6))
FROM events GROUP BY departement_code
UNION ALL
SELECT departement_code, '', 'heures_regroupement', '', CAST(SUM(duration_hours) AS DECIMAL(28, 6))
FROM events GROUP BY departement_code
UNION ALL
SELECT departement_code, unit_id, 'emargements', '', CAST(COUNT(*) AS DECIMAL(28, 6))
FROM attendance GROUP BY departement_code, unit_id
UNION ALL
SELECT departement_code, unit_id, 'presences', '', CAST(SUM(present) AS DECIMAL(28, 6))
FROM attendance GROUP BY departement_code, unit_id
UNION ALL
SELECT departement_code, '', 'reseau_documents', '', CAST(SUM(documents) AS DECIMAL(28, 6))
FROM network GROUP BY departement_code
UNION ALL
SELECT departement_code, '', 'reseau_photos', '', CAST(SUM(photos) AS DECIMAL(28, 6))
FROM network GROUP BY departement_code
UNION ALL
SELECT departement_code, '', 'reseau_posts', '', CAST(SUM(posts) AS DECIMAL(28, 6))
FROM network GROUP BY departement_code
UNION ALL
SELECT departement_code, '', 'reseau_posts_organisation', '', CAST(SUM(posts_organisation) AS DECIMAL(28, 6))
FROM network GROUP BY departement_code
UNION ALL
SELECT departement_code, '', 'reseau_posts_vie_du_reseau', '', CAST(SUM(posts_network_life) AS DECIMAL(28, 6))
FROM network GROUP BY departement_code
UNION ALL
SELECT departement_code, '', 'reseau_posts_ressources', '', CAST(SUM(posts_resources) AS DECIMAL(28, 6))
FROM network GROUP BY departement_code
UNION ALL
SELECT n.departement_code, '', 'reseau_membres_promeneurs', '', CAST(SUM(n.member_promeneurs) AS DECIMAL(28, 6))
FROM network AS n
JOIN network_last AS l ON l.departement_code = n.departement_code AND l.month_key = n.month_key
GROUP BY n.departement_code
UNION ALL
SELECT n.departement_code, '', 'reseau_membres_autres', '', CAST(SUM(n.member_others) AS DECIMAL(28, 6))
FROM network AS n
JOIN network_last AS l ON l.departement_code = n.departement_code AND l.month_key = n.month_key
GROUP BY n.departement_code
UNION ALL
SELECT departement_code, promeneur_id, 'etape', step, CAST(date_key AS DECIMAL(28, 6))
FROM journey
UNION ALL
SELECT departement_code, '', 'groupe', name, CAST(0 AS DECIMAL(28, 6))
FROM local_groups
UNION ALL
SELECT departement_code, '', 'groupe_membres', name, CAST(COUNT(DISTINCT promeneur_id) AS DECIMAL(28, 6))
FROM group_members GROUP BY departement_code, name
UNION ALL
SELECT departement_code, '', 'groupe_rencontres', name, CAST(COUNT(DISTINCT date_key) AS DECIMAL(28, 6))
FROM group_events GROUP BY departement_code, name
UNION ALL
SELECT departement_code, '', 'groupe_heures', name, CAST(SUM(duration_hours) AS DECIMAL(28, 6))
FROM group_events GROUP BY departement_code, name
UNION ALL
SELECT departement_code, '', 'groupe_emargements', name, CAST(COUNT(*) AS DECIMAL(28, 6))
FROM group_attendance GROUP BY departement_code, name
UNION ALL
SELECT departement_code, '', 'groupe_presences', name, CAST(SUM(present) AS DECIMAL(28, 6))
FROM group_attendance GROUP BY departement_code, name;
