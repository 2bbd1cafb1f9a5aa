-- Every identificatie ever given to a zaak, or reserved for one, per bronorganisatie. Rows are never
-- deleted: an identificatie is used once, also after its zaak is gone.
CREATE TABLE zaakidentificatie (
    bronorganisatie varchar(9)  NOT NULL,
    identificatie   varchar(40) NOT NULL,
    gebruikt        boolean     NOT NULL,
    PRIMARY KEY (bronorganisatie, identificatie)
);
INSERT INTO zaakidentificatie (bronorganisatie, identificatie, gebruikt)
SELECT bronorganisatie, identificatie, true FROM zaak;
