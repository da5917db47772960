-- Issue 17: the facts a portal's own card shows of an initiative (legalacts.egov.kz: status,
-- version and earlier versions, likes / dislikes, accepted / not-accepted counters, the report's
-- address), refreshed by every read of the card; a change is recorded in the audit log.
ALTER TABLE "initiatives" ADD COLUMN "portal_facts" jsonb;
