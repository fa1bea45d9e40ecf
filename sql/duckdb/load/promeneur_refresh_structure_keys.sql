-- Points promeneurs at structures loaded after them (until then: the unknown member, key 0).
UPDATE dim.promeneur
SET structure_key = s.structure_key
FROM dim.structure AS s
WHERE s.code = dim.promeneur.structure_code
  AND dim.promeneur.structure_key <> s.structure_key;
