-- The kanalen (channels) services publish notifications on, with the kenmerken subscribers may filter on.
CREATE TABLE kanaal (
    uuid              uuid PRIMARY KEY,
    naam              varchar(50)  NOT NULL,
    documentatie_link varchar(200),
    filters           varchar(100)[] NOT NULL DEFAULT '{}',
    CONSTRAINT kanaal_naam_unique UNIQUE (naam)
);
