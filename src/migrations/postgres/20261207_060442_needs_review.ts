import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "needs_review" boolean DEFAULT false;
  ALTER TABLE "_articles_v" ADD COLUMN "version_needs_review" boolean DEFAULT false;
  ALTER TABLE "people" ADD COLUMN "needs_review" boolean DEFAULT false;
  ALTER TABLE "organizations" ADD COLUMN "needs_review" boolean DEFAULT false;
  ALTER TABLE "tags" ADD COLUMN "needs_review" boolean DEFAULT false;
  CREATE INDEX "articles_needs_review_idx" ON "articles" USING btree ("needs_review");
  CREATE INDEX "_articles_v_version_version_needs_review_idx" ON "_articles_v" USING btree ("version_needs_review");
  CREATE INDEX "people_needs_review_idx" ON "people" USING btree ("needs_review");
  CREATE INDEX "organizations_needs_review_idx" ON "organizations" USING btree ("needs_review");
  CREATE INDEX "tags_needs_review_idx" ON "tags" USING btree ("needs_review");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "articles_needs_review_idx";
  DROP INDEX "_articles_v_version_version_needs_review_idx";
  DROP INDEX "people_needs_review_idx";
  DROP INDEX "organizations_needs_review_idx";
  DROP INDEX "tags_needs_review_idx";
  ALTER TABLE "articles" DROP COLUMN "needs_review";
  ALTER TABLE "_articles_v" DROP COLUMN "version_needs_review";
  ALTER TABLE "people" DROP COLUMN "needs_review";
  ALTER TABLE "organizations" DROP COLUMN "needs_review";
  ALTER TABLE "tags" DROP COLUMN "needs_review";`)
}
