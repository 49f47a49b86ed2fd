import { MigrationInterface, QueryRunner } from 'typeorm';

/** In-app notifications: mentions in comments and replies to a person's thread. */
export class Notifications1763785300000 implements MigrationInterface {
  name = 'Notifications1763785300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."notification_kind" AS ENUM('MENTION', 'REPLY')`);
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "board_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "comment_id" uuid NOT NULL, "actor_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_notification" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_notification_user_comment_kind" ON "notification" ("user_id", "comment_id", "kind") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notification_user" ON "notification" ("user_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "fk_notification_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "fk_notification_board" FOREIGN KEY ("board_id") REFERENCES "board"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "fk_notification_comment" FOREIGN KEY ("comment_id") REFERENCES "comment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "fk_notification_actor" FOREIGN KEY ("actor_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "fk_notification_actor"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "fk_notification_comment"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "fk_notification_board"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "fk_notification_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notification_user"`);
    await queryRunner.query(`DROP INDEX "public"."uq_notification_user_comment_kind"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
  }
}
