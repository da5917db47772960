-- The body's requisites for the letter frame (issue 14): address in Kazakh and Russian, phone,
-- e-mail and the 12-digit BIN; and a user's phone for the "executor" line. All nullable: a letter
-- prints a blank line for what is not set. The BIN's check digit is verified by the application
-- (src/domain/registry/bin.ts); the database keeps the shape only.
ALTER TABLE "state_bodies" ADD COLUMN "address_kk" text;--> statement-breakpoint
ALTER TABLE "state_bodies" ADD COLUMN "address_ru" text;--> statement-breakpoint
ALTER TABLE "state_bodies" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "state_bodies" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "state_bodies" ADD COLUMN "bin" text;--> statement-breakpoint
ALTER TABLE "state_bodies" ADD CONSTRAINT "state_bodies_bin" CHECK ("bin" is null or "bin" ~ '^[0-9]{12}$');--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "phone" text;
