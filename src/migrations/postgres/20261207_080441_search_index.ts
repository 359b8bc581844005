import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "search_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"story_id" integer,
  	"is_published" boolean DEFAULT false,
  	"is_latest" boolean DEFAULT false,
  	"is_stale" boolean DEFAULT false,
  	"stale_mark" varchar,
  	"slug" varchar,
  	"headline" varchar,
  	"standfirst" varchar,
  	"body" varchar,
  	"quotes" varchar,
  	"names" varchar,
  	"section" varchar,
  	"tags" varchar,
  	"people" varchar,
  	"links" varchar,
  	"dated_at" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"search_vector" "tsvector"
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_documents_id" integer;
  ALTER TABLE "search_documents" ADD CONSTRAINT "search_documents_story_id_articles_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "search_documents_story_idx" ON "search_documents" USING btree ("story_id");
  CREATE INDEX "search_documents_is_published_idx" ON "search_documents" USING btree ("is_published");
  CREATE INDEX "search_documents_is_latest_idx" ON "search_documents" USING btree ("is_latest");
  CREATE INDEX "search_documents_is_stale_idx" ON "search_documents" USING btree ("is_stale");
  CREATE INDEX "search_documents_dated_at_idx" ON "search_documents" USING btree ("dated_at");
  CREATE INDEX "search_documents_search_vector_idx" ON "search_documents" USING gin ("search_vector");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_documents_fk" FOREIGN KEY ("search_documents_id") REFERENCES "public"."search_documents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_search_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("search_documents_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "search_documents" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "search_documents" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_search_documents_fk";
  
  DROP INDEX "payload_locked_documents_rels_search_documents_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_documents_id";`)
}
