-- Pseudonymises the promeneurs whose labellisation ended before the cut-off date (every version of each): the name
-- becomes the pseudonym, the first name is emptied; identifiers, history and facts are untouched.
UPDATE dim.promeneur
SET last_name = @pseudonym,
    first_name = ''
WHERE labelled_to < @cutoff
  AND (last_name <> @pseudonym OR first_name <> '');
