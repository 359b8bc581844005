import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_import_notes_kind" AS ENUM('warning', 'newEntity', 'unattributedQuote');
  CREATE TYPE "public"."enum__articles_v_version_import_notes_kind" AS ENUM('warning', 'newEntity', 'unattributedQuote');
  CREATE TYPE "public"."enum_people_pronoun" AS ENUM('he', 'she', 'they');
  CREATE TABLE "articles_import_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_articles_import_notes_kind",
  	"message" varchar
  );
  
  CREATE TABLE "_articles_v_version_import_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__articles_v_version_import_notes_kind",
  	"message" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "articles_quotes" ADD COLUMN "speaker_description" varchar;
  ALTER TABLE "articles" ADD COLUMN "wire_photo_caption" varchar;
  ALTER TABLE "articles" ADD COLUMN "wire_photo_credit_line" varchar;
  ALTER TABLE "articles" ADD COLUMN "needs_review" boolean DEFAULT false;
  ALTER TABLE "_articles_v_version_quotes" ADD COLUMN "speaker_description" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_wire_photo_caption" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_wire_photo_credit_line" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_needs_review" boolean DEFAULT false;
  ALTER TABLE "people" ADD COLUMN "pronoun" "enum_people_pronoun";
  ALTER TABLE "people" ADD COLUMN "needs_review" boolean DEFAULT false;
  ALTER TABLE "people" ADD COLUMN "found_in" varchar;
  ALTER TABLE "organizations" ADD COLUMN "needs_review" boolean DEFAULT false;
  ALTER TABLE "organizations" ADD COLUMN "found_in" varchar;
  ALTER TABLE "tags" ADD COLUMN "needs_review" boolean DEFAULT false;
  ALTER TABLE "tags" ADD COLUMN "found_in" varchar;
  ALTER TABLE "articles_import_notes" ADD CONSTRAINT "articles_import_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_import_notes" ADD CONSTRAINT "_articles_v_version_import_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_import_notes_order_idx" ON "articles_import_notes" USING btree ("_order");
  CREATE INDEX "articles_import_notes_parent_id_idx" ON "articles_import_notes" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_import_notes_order_idx" ON "_articles_v_version_import_notes" USING btree ("_order");
  CREATE INDEX "_articles_v_version_import_notes_parent_id_idx" ON "_articles_v_version_import_notes" USING btree ("_parent_id");
  CREATE INDEX "articles_needs_review_idx" ON "articles" USING btree ("needs_review");
  CREATE INDEX "_articles_v_version_version_needs_review_idx" ON "_articles_v" USING btree ("version_needs_review");
  CREATE INDEX "people_needs_review_idx" ON "people" USING btree ("needs_review");
  CREATE INDEX "organizations_needs_review_idx" ON "organizations" USING btree ("needs_review");
  CREATE INDEX "tags_needs_review_idx" ON "tags" USING btree ("needs_review");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles_import_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_version_import_notes" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "articles_import_notes" CASCADE;
  DROP TABLE "_articles_v_version_import_notes" CASCADE;
  DROP INDEX "articles_needs_review_idx";
  DROP INDEX "_articles_v_version_version_needs_review_idx";
  DROP INDEX "people_needs_review_idx";
  DROP INDEX "organizations_needs_review_idx";
  DROP INDEX "tags_needs_review_idx";
  ALTER TABLE "articles_quotes" DROP COLUMN "speaker_description";
  ALTER TABLE "articles" DROP COLUMN "wire_photo_caption";
  ALTER TABLE "articles" DROP COLUMN "wire_photo_credit_line";
  ALTER TABLE "articles" DROP COLUMN "needs_review";
  ALTER TABLE "_articles_v_version_quotes" DROP COLUMN "speaker_description";
  ALTER TABLE "_articles_v" DROP COLUMN "version_wire_photo_caption";
  ALTER TABLE "_articles_v" DROP COLUMN "version_wire_photo_credit_line";
  ALTER TABLE "_articles_v" DROP COLUMN "version_needs_review";
  ALTER TABLE "people" DROP COLUMN "pronoun";
  ALTER TABLE "people" DROP COLUMN "needs_review";
  ALTER TABLE "people" DROP COLUMN "found_in";
  ALTER TABLE "organizations" DROP COLUMN "needs_review";
  ALTER TABLE "organizations" DROP COLUMN "found_in";
  ALTER TABLE "tags" DROP COLUMN "needs_review";
  ALTER TABLE "tags" DROP COLUMN "found_in";
  DROP TYPE "public"."enum_articles_import_notes_kind";
  DROP TYPE "public"."enum__articles_v_version_import_notes_kind";
  DROP TYPE "public"."enum_people_pronoun";`)
}
