import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "delivery_stories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"story_id" integer,
  	"slug" varchar,
  	"section_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"story_created_at" timestamp(3) with time zone,
  	"is_stale" boolean DEFAULT true,
  	"stale_token" varchar,
  	"shows" varchar,
  	"depth_zero" varchar,
  	"depth_one" varchar,
  	"depth_two" varchar,
  	"ninjs" varchar,
  	"json_ld" varchar,
  	"graphql_by_slug" varchar,
  	"graphql_article_page" varchar
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "delivery_stories_id" integer;
  ALTER TABLE "delivery_stories" ADD CONSTRAINT "delivery_stories_story_id_articles_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "delivery_stories" ADD CONSTRAINT "delivery_stories_section_id_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."sections"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "delivery_stories_story_idx" ON "delivery_stories" USING btree ("story_id");
  CREATE INDEX "delivery_stories_slug_idx" ON "delivery_stories" USING btree ("slug");
  CREATE INDEX "delivery_stories_section_idx" ON "delivery_stories" USING btree ("section_id");
  CREATE INDEX "delivery_stories_is_stale_idx" ON "delivery_stories" USING btree ("is_stale");
  CREATE INDEX "section_publishedAt_storyCreatedAt_idx" ON "delivery_stories" USING btree ("section_id","published_at","story_created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_delivery_stories_fk" FOREIGN KEY ("delivery_stories_id") REFERENCES "public"."delivery_stories"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_delivery_stories_id_idx" ON "payload_locked_documents_rels" USING btree ("delivery_stories_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "delivery_stories" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "delivery_stories" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_delivery_stories_fk";
  
  DROP INDEX "payload_locked_documents_rels_delivery_stories_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "delivery_stories_id";`)
}
