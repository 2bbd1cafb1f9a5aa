-- What must be unique among the types of one zaaktype, also when two requests race past the
-- check the API makes first (the loser gets 409 unique).
CREATE UNIQUE INDEX catalogus_object_statustype_volgnummer_uniek ON catalogus_object (zaaktype, (data ->> 'volgnummer'))
    WHERE soort = 'statustype';
CREATE UNIQUE INDEX catalogus_object_ziot_volgnummer_uniek ON catalogus_object (zaaktype, (data ->> 'volgnummer'))
    WHERE soort = 'zaaktype-informatieobjecttype';
CREATE UNIQUE INDEX catalogus_object_resultaattype_omschrijving_uniek ON catalogus_object (zaaktype, (data ->> 'omschrijving'))
    WHERE soort = 'resultaattype';
CREATE UNIQUE INDEX catalogus_object_eigenschap_naam_uniek ON catalogus_object (zaaktype, (data ->> 'naam'))
    WHERE soort = 'eigenschap';
