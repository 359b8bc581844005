import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "delivery_list_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"list" varchar NOT NULL,
  	"story_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"story_created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "delivery_list_entries_id" integer;
  ALTER TABLE "delivery_list_entries" ADD CONSTRAINT "delivery_list_entries_story_id_articles_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "delivery_list_entries_story_idx" ON "delivery_list_entries" USING btree ("story_id");
  CREATE INDEX "list_publishedAt_storyCreatedAt_story_idx" ON "delivery_list_entries" USING btree ("list","published_at","story_created_at","story_id");
  CREATE UNIQUE INDEX "story_list_idx" ON "delivery_list_entries" USING btree ("story_id","list");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_delivery_list_entries_fk" FOREIGN KEY ("delivery_list_entries_id") REFERENCES "public"."delivery_list_entries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_delivery_list_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("delivery_list_entries_id");`)
  // Written by hand: the rows already rendered get their entries, drawn from where the lists
  // were read before (a row's section, the stories' tags and people in Payload's relationship
  // table), so the lists stay the read model's without rendering every story again. A stale row's
  // entries are rewritten by its render.
  await db.execute(sql`INSERT INTO "delivery_list_entries" ("list", "story_id", "published_at", "story_created_at")
  SELECT 'section:' || d.section_id, d.story_id, d.published_at, d.story_created_at FROM "delivery_stories" d
  WHERE d.section_id IS NOT NULL AND d.story_id IS NOT NULL
  UNION ALL
  SELECT r.path || ':' || coalesce(r.tags_id, r.people_id), d.story_id, d.published_at, d.story_created_at
  FROM "articles_rels" r JOIN "delivery_stories" d ON d.story_id = r.parent_id
  WHERE (r.path = 'tags' AND r.tags_id IS NOT NULL) OR (r.path = 'people' AND r.people_id IS NOT NULL)
  ON CONFLICT DO NOTHING;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_delivery_list_entries_fk";
  DROP INDEX "payload_locked_documents_rels_delivery_list_entries_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "delivery_list_entries_id";
  DROP TABLE "delivery_list_entries";`)
  // Edited by hand: the generated statements dropped the table with CASCADE first, which took
  // the constraint above with it, and then failed dropping that constraint.
}
