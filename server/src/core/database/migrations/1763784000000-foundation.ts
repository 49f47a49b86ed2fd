import { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, sessions, boards, memberships, invitations and drafts. */
export class Foundation1763784000000 implements MigrationInterface {
  name = 'Foundation1763784000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "user_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "name" character varying(80) NOT NULL, "password_hash" character varying(255) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_user_account_email" ON "user_account" ("email") `);
    await queryRunner.query(
      `CREATE TABLE "session" ("token_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "user_agent" character varying(300), CONSTRAINT "PK_a83507eb0338ac037780e02f2b9" PRIMARY KEY ("token_hash"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_session_expires" ON "session" ("expires_at") `);
    await queryRunner.query(`CREATE INDEX "ix_session_user" ON "session" ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "board" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "jurisdiction" character varying(120) NOT NULL, "description" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_865a0f2e22c140d261b1df80eb1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."board_role" AS ENUM('FACILITATOR', 'MEMBER', 'OBSERVER')`);
    await queryRunner.query(
      `CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "board_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "role" "public"."board_role" NOT NULL, "note" character varying(120), "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by_id" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_invitation_board" ON "invitation" ("board_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_invitation_token_hash" ON "invitation" ("token_hash") `);
    await queryRunner.query(
      `CREATE TABLE "membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "board_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" "public"."board_role" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_membership_user" ON "membership" ("user_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_membership_board_user" ON "membership" ("board_id", "user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "draft" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "board_id" uuid NOT NULL, "title" character varying(160) NOT NULL, "archived_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0b2b03d3f2c998450423648bc65" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_draft_board" ON "draft" ("board_id") `);
    await queryRunner.query(
      `ALTER TABLE "session" ADD CONSTRAINT "fk_session_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "fk_invitation_board" FOREIGN KEY ("board_id") REFERENCES "board"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "fk_invitation_created_by" FOREIGN KEY ("created_by_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "fk_invitation_accepted_by" FOREIGN KEY ("accepted_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "fk_membership_board" FOREIGN KEY ("board_id") REFERENCES "board"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "fk_membership_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "draft" ADD CONSTRAINT "fk_draft_board" FOREIGN KEY ("board_id") REFERENCES "board"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "draft" ADD CONSTRAINT "fk_draft_created_by" FOREIGN KEY ("created_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "draft" DROP CONSTRAINT "fk_draft_created_by"`);
    await queryRunner.query(`ALTER TABLE "draft" DROP CONSTRAINT "fk_draft_board"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "fk_membership_user"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "fk_membership_board"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "fk_invitation_accepted_by"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "fk_invitation_created_by"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "fk_invitation_board"`);
    await queryRunner.query(`ALTER TABLE "session" DROP CONSTRAINT "fk_session_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_draft_board"`);
    await queryRunner.query(`DROP TABLE "draft"`);
    await queryRunner.query(`DROP INDEX "public"."uq_membership_board_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_membership_user"`);
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`DROP INDEX "public"."uq_invitation_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ix_invitation_board"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
    await queryRunner.query(`DROP TYPE "public"."board_role"`);
    await queryRunner.query(`DROP TABLE "board"`);
    await queryRunner.query(`DROP INDEX "public"."ix_session_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_session_expires"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP INDEX "public"."uq_user_account_email"`);
    await queryRunner.query(`DROP TABLE "user_account"`);
  }
}
