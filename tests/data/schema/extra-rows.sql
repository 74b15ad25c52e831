-- Rows that the demo data of a release leaves out, so that every fixture of schema N
-- (vN.sqlite, made by that release's `verkstan-cli init --demo`) has rows in every table
-- and minutes in every state. add-extra-rows.sh applies the sections up to the file's
-- schema version. A release that adds a table adds its rows here, in a section of its
-- own; tst_migrations fails for a fixture with an empty table.
-- schema 3
INSERT INTO wheel_template (id, name, content) VALUES (1, 'Gröna näringar, eget årshjul',
 '{"slotList":[{"end":"15:00","focus":"Branschens utveckling; stöd och insatser","inputs":[{"actor":0,"person":0,"responsible":"Region Sörmland","title":"Analys av småföretagens tillväxt"}],"kind":"working_committee","place":"Nyköping","quarter":1,"start":"13:00","topics":["Omvärld","Stödformer"]},{"end":"16:00","focus":"Trendanalys och kompetensbehov","inputs":[],"kind":"forum","place":"Eskilstuna","quarter":2,"start":"13:00","topics":[]}]}');
-- schema 4
-- Minutes out for adjustment (the forum meeting of May): the chair has adjusted, the
-- adjuster has commented; an assignment of the final minutes is carried on there.
INSERT INTO minutes (id, meeting_id, body_id, addition_number, state, body_name, meeting_date, start_time, end_time, place)
VALUES (3, 3, 6, 0, 'adjustment', (SELECT name FROM body WHERE id = 6), '2026-05-12', '13:00', '16:00', 'Eskilstuna');
INSERT INTO minutes_attendee (minutes_id, position, person_id, name, party, organisation, member, status, role, arrived_at, left_after)
VALUES (3, 0, 1, (SELECT name FROM person WHERE id = 1), '', 'Region Sörmland', 1, 'present', 'chair', 0, 0),
       (3, 1, 2, (SELECT name FROM person WHERE id = 2), '', '', 1, 'present', 'adjuster', 0, 0),
       (3, 2, 3, (SELECT name FROM person WHERE id = 3), 'S', '', 1, 'present', 'secretary', 0, 0),
       (3, 3, NULL, 'Kim Ek', '', 'LRF Sörmland', 0, 'present', '', 2, 3),
       (3, 4, NULL, 'Åsa Öberg', '', 'Eskilstuna kommun', 1, 'absent', '', 0, 0);
INSERT INTO minutes_item (id, minutes_id, position, number, title, discussion, decision)
VALUES (1001, 3, 0, 1, 'Mötet öppnas', '', 'Ordföranden förklarade mötet öppnat.'),
       (1002, 3, 1, 2, 'Trendanalys', 'Gröna näringar behöver fler yrkesförare och maskinförare.', 'Forumet noterar analysen.'),
       (1003, 3, 2, 3, 'Mötet avslutas', '', '');
INSERT INTO minutes_assignment (item_id, position, responsible_person_id, responsible, task, due_date)
VALUES (1002, 0, 3, (SELECT name FROM person WHERE id = 3), 'ta fram statistik över yrkesförare', '2026-09-01');
INSERT INTO minutes_comment (item_id, position, author, text, resolved)
VALUES (1002, 0, (SELECT name FROM person WHERE id = 2), 'Skriv ut att maskinförare avses.', 0),
       (1001, 0, (SELECT name FROM person WHERE id = 2), 'Rätt tid: 13.05.', 1);
INSERT INTO minutes_adjustment (minutes_id, position, name, role, adjusted_on, method)
VALUES (3, 0, (SELECT name FROM person WHERE id = 1), 'chair', '2026-05-14', 'here');
INSERT INTO assignment_follow_up (assignment_id, status, in_minutes_id, noted_on)
VALUES ((SELECT MIN(id) FROM minutes_assignment), 'carried', 3, '2026-05-12');
-- schema 5
-- A second published revision of the map: the register without its newest actor.
INSERT INTO map_revision (id, number, published_at, owner, comment)
VALUES (2, 2, '2026-11-02T10:30:00Z', 'Region Sörmland, Kompetensverkstan', 'Andra utgåvan');
INSERT INTO map_revision_actor (revision_id, actor_id, name, organisation_number, type, level, municipality, areas, roles)
SELECT 2, id, name, COALESCE(organisation_number, ''), type, level, municipality, areas, roles FROM actor
WHERE id < (SELECT MAX(id) FROM actor);
-- schema 6
INSERT INTO agreement_amendment (agreement_id, number, decided_on, text)
VALUES (1, 1, '2026-03-12', 'Aktivitetsbudgeten 2027 höjs till 200 000 kr.'),
       (1, 2, '2026-10-20', 'Järfälla kommun betalar sin andel kvartalsvis.');
-- schema 8
UPDATE body SET item_numbering = 'running' WHERE id = 6;
