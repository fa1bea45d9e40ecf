-- Type 1 attributes are the same on every version of a promeneur.
UPDATE dim.promeneur
SET last_name = @last_name,
    first_name = @first_name,
    departement_code = @departement_code,
    labelled_from = @labelled_from,
    labelled_to = @labelled_to
WHERE promeneur_id = @promeneur_id;
