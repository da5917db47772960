-- Issue 10: an analyst may cancel an evaluation round before it is published, with a reason kept on
-- the round (and in the audit log). A cancelled round's §20 requests leave the bodies' calendars.
-- ADD VALUE is allowed inside a transaction on PG 12+; the new value is not used in this migration.
ALTER TYPE "round_status" ADD VALUE IF NOT EXISTS 'cancelled';--> statement-breakpoint
ALTER TABLE "evaluation_rounds" ADD COLUMN "cancel_reason" text;--> statement-breakpoint
ALTER TABLE "evaluation_rounds" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "evaluation_rounds" ADD COLUMN "cancelled_by" uuid REFERENCES "users"("id");
