-- The labels of the four solicitation distributions (modalites, themes, tranches_age, interlocuteurs) in
-- list order, keyed like agg.indicator_category: 100 + position for modalites, 200 + for themes, 300 + for
-- tranches_age, 400 + for interlocuteurs. Power BI: the dimension of the distribution charts.
CREATE VIEW rpt.solicitation_category AS
SELECT CAST(100 + m.contact_mode_key AS INT) AS category_key, 'modalites' AS distribution, 'Modalités de réponse' AS distribution_name, m.label AS category, m.contact_mode_key AS category_order
FROM dim.contact_mode AS m
UNION ALL
SELECT CAST(200 + t.theme_key AS INT), 'themes', 'Thèmes abordés', t.label, t.theme_key
FROM dim.theme AS t
UNION ALL
SELECT CAST(300 + a.age_band_key AS INT), 'tranches_age', 'Tranches d''âge', a.label, a.age_band_key
FROM dim.age_band AS a
UNION ALL
SELECT CAST(400 + i.interlocutor_key AS INT), 'interlocuteurs', 'Interlocuteurs', i.label, i.interlocutor_key
FROM dim.interlocutor AS i;
