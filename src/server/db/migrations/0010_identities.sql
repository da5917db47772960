-- eGov / OpenID Connect sign-in (issue 7): an external identity (issuer + subject) linked to one
-- Pikir account. Accounts are still provisioned by an administrator; the link is made on the first
-- sign-in whose verified claim matches an active account, and kept so later sign-ins need no match.
CREATE TABLE "user_identities" (
	"issuer" text NOT NULL,
	"subject" text NOT NULL,
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_sign_in_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_identities_pk" PRIMARY KEY ("issuer", "subject")
);
--> statement-breakpoint
CREATE INDEX "user_identities_user_idx" ON "user_identities" ("user_id");
