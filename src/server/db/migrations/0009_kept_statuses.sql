CREATE TABLE "item_status_units" (
	"item_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"region" text NOT NULL,
	"counts_for_region" boolean NOT NULL,
	"status" text NOT NULL,
	"overdue" boolean NOT NULL,
	CONSTRAINT "item_status_units_item_id_unit_id_pk" PRIMARY KEY("item_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "item_statuses" (
	"item_id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"path" jsonb NOT NULL,
	"section" text NOT NULL,
	"heading" text,
	"status" text NOT NULL,
	"reason" text NOT NULL,
	"overridden" boolean NOT NULL,
	"overdue" boolean NOT NULL,
	"overdue_reason" text NOT NULL,
	"unit_ids" uuid[] NOT NULL,
	"scope_unit_ids" uuid[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_statuses" (
	"plan_id" uuid PRIMARY KEY NOT NULL,
	"computed_on" date,
	"tolerance" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "target_statuses" (
	"target_id" uuid PRIMARY KEY NOT NULL,
	"item_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"quote" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"reason" text NOT NULL,
	"expected" double precision,
	"actual" double precision,
	"period" text,
	"stretch_target_id" uuid,
	"stretch_met" boolean,
	"overridden" boolean NOT NULL
);
--> statement-breakpoint
ALTER TABLE "item_status_units" ADD CONSTRAINT "item_status_units_item_id_item_statuses_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."item_statuses"("item_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_statuses" ADD CONSTRAINT "item_statuses_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_statuses" ADD CONSTRAINT "item_statuses_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_statuses" ADD CONSTRAINT "plan_statuses_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_statuses" ADD CONSTRAINT "target_statuses_target_id_targets_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_statuses" ADD CONSTRAINT "target_statuses_item_id_item_statuses_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."item_statuses"("item_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "item_status_units_plan_idx" ON "item_status_units" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "item_statuses_plan_idx" ON "item_statuses" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "target_statuses_item_idx" ON "target_statuses" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "target_statuses_plan_idx" ON "target_statuses" USING btree ("plan_id");