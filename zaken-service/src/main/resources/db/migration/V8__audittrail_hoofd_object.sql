-- The audit trail is kept by shared-model (nl.zgw.shared.audittrail) under the uuid of its main
-- object, in a column of the same name in every API that keeps one; here the main object is a zaak.
ALTER TABLE audittrail RENAME COLUMN zaak TO hoofd_object;
ALTER INDEX audittrail_zaak_idx RENAME TO audittrail_hoofd_object_idx;
