-- A meeting's minutes per legal basis become a JSON array of {"legalBasis", "minutes"} objects,
-- in the order they were logged, instead of the text "LAB_167:60,SEL_85:30". Existing rows are
-- converted; the text is split on the last colon of each part, as the old decoding did.
-- ALTER ... USING may not hold a subquery, so the conversion is a function for the time of the change.

create function minutes_under_basis_json(encoded text) returns jsonb
    language sql immutable as $$
    select coalesce(jsonb_agg(jsonb_build_object(
                        'legalBasis', substring(part from '^(.*):[^:]*$'),
                        'minutes', substring(part from ':([^:]*)$')::integer) order by n), '[]'::jsonb)
    from unnest(string_to_array(nullif(btrim(encoded), ''), ',')) with ordinality as p(part, n)
$$;

alter table meeting alter column minutes type jsonb using minutes_under_basis_json(minutes);

drop function minutes_under_basis_json(text);
