import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Recommendation packets: immutable published versions (a trigger refuses changes to their JSON
 * and hash), share links for officials with an access log, and officials' responses.
 */
export class Packets1763784600000 implements MigrationInterface {
  name = 'Packets1763784600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "packet_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "draft_id" uuid NOT NULL, "board_id" uuid NOT NULL, "version" integer NOT NULL, "title" character varying(200) NOT NULL, "cover_letter" text NOT NULL, "recipients" text array NOT NULL DEFAULT '{}', "json" text NOT NULL, "sha256" character(64) NOT NULL, "published_by_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_packet_version_version" CHECK (version >= 1), CONSTRAINT "ck_packet_version_sha256" CHECK (sha256 ~ '^[0-9a-f]{64}$'), CONSTRAINT "pk_packet_version" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_packet_version_board" ON "packet_version" ("board_id", "published_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_packet_version_draft_version" ON "packet_version" ("draft_id", "version") `,
    );
    await queryRunner.query(
      `CREATE TABLE "share_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "packet_version_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "label" character varying(120), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_share_link" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_share_link_packet_version" ON "share_link" ("packet_version_id") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_share_link_token_hash" ON "share_link" ("token_hash") `);
    await queryRunner.query(
      `CREATE TYPE "public"."official_response_status" AS ENUM('ACCEPTED', 'ACCEPTED_WITH_CHANGES', 'REJECTED', 'UNDER_REVIEW')`,
    );
    await queryRunner.query(
      `CREATE TABLE "official_response" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "packet_version_id" uuid NOT NULL, "share_link_id" uuid, "clause_id" uuid NOT NULL, "status" "public"."official_response_status" NOT NULL, "text" text NOT NULL, "responder_name" character varying(120) NOT NULL, "responder_role" character varying(120) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_official_response" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_official_response_version_clause" ON "official_response" ("packet_version_id", "clause_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "share_access_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "share_link_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "user_agent" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_share_access_log" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_share_access_log_link" ON "share_access_log" ("share_link_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "packet_version" ADD CONSTRAINT "fk_packet_version_draft" FOREIGN KEY ("draft_id") REFERENCES "draft"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "packet_version" ADD CONSTRAINT "fk_packet_version_board" FOREIGN KEY ("board_id") REFERENCES "board"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "packet_version" ADD CONSTRAINT "fk_packet_version_published_by" FOREIGN KEY ("published_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "share_link" ADD CONSTRAINT "fk_share_link_packet_version" FOREIGN KEY ("packet_version_id") REFERENCES "packet_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "share_link" ADD CONSTRAINT "fk_share_link_created_by" FOREIGN KEY ("created_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "official_response" ADD CONSTRAINT "fk_official_response_packet_version" FOREIGN KEY ("packet_version_id") REFERENCES "packet_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "official_response" ADD CONSTRAINT "fk_official_response_share_link" FOREIGN KEY ("share_link_id") REFERENCES "share_link"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "share_access_log" ADD CONSTRAINT "fk_share_access_log_share_link" FOREIGN KEY ("share_link_id") REFERENCES "share_link"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // A published version never changes: refuse any UPDATE of what identifies it.
    await queryRunner.query(`CREATE FUNCTION packet_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.json IS DISTINCT FROM OLD.json OR NEW.sha256 IS DISTINCT FROM OLD.sha256
     OR NEW.version IS DISTINCT FROM OLD.version OR NEW.draft_id IS DISTINCT FROM OLD.draft_id THEN
    RAISE EXCEPTION 'packet_version % is published and cannot be changed', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$`);
    await queryRunner.query(
      `CREATE TRIGGER trg_packet_version_immutable BEFORE UPDATE ON "packet_version" FOR EACH ROW EXECUTE FUNCTION packet_version_immutable()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER IF EXISTS trg_packet_version_immutable ON "packet_version"`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS packet_version_immutable()`);
    await queryRunner.query(
      `ALTER TABLE "share_access_log" DROP CONSTRAINT "fk_share_access_log_share_link"`,
    );
    await queryRunner.query(
      `ALTER TABLE "official_response" DROP CONSTRAINT "fk_official_response_share_link"`,
    );
    await queryRunner.query(
      `ALTER TABLE "official_response" DROP CONSTRAINT "fk_official_response_packet_version"`,
    );
    await queryRunner.query(`ALTER TABLE "share_link" DROP CONSTRAINT "fk_share_link_created_by"`);
    await queryRunner.query(`ALTER TABLE "share_link" DROP CONSTRAINT "fk_share_link_packet_version"`);
    await queryRunner.query(`ALTER TABLE "packet_version" DROP CONSTRAINT "fk_packet_version_published_by"`);
    await queryRunner.query(`ALTER TABLE "packet_version" DROP CONSTRAINT "fk_packet_version_board"`);
    await queryRunner.query(`ALTER TABLE "packet_version" DROP CONSTRAINT "fk_packet_version_draft"`);
    await queryRunner.query(`DROP TABLE "share_access_log"`);
    await queryRunner.query(`DROP TABLE "official_response"`);
    await queryRunner.query(`DROP TYPE "public"."official_response_status"`);
    await queryRunner.query(`DROP TABLE "share_link"`);
    await queryRunner.query(`DROP TABLE "packet_version"`);
  }
}
