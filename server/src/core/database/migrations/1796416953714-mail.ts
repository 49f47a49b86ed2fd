import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Email: each message queued (and, without SMTP, the board's outbox), preferences per topic,
 * the calendar SEQUENCE of meeting invitations, and each person's language. The job queue itself
 * (pg-boss) keeps its own schema `pgboss`, which pg-boss creates and upgrades at start.
 */
export class Mail1796416953714 implements MigrationInterface {
  name = 'Mail1796416953714';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."mail_topic" AS ENUM('VOTES', 'MEETINGS', 'PACKETS', 'DISCUSSION')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."mail_status" AS ENUM('HELD', 'QUEUED', 'SENT', 'OUTBOX', 'BUNDLED', 'FAILED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "mail_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_key" character varying(200) NOT NULL, "kind" character varying(40) NOT NULL, "topic" "public"."mail_topic", "board_id" uuid, "user_id" uuid, "to_address" character varying(254) NOT NULL, "locale" character varying(8) NOT NULL, "subject" character varying(300) NOT NULL, "text" text NOT NULL, "html" text NOT NULL, "ics" text, "ics_method" character varying(10), "unsubscribe_url" character varying(500), "status" "public"."mail_status" NOT NULL, "hold_until" TIMESTAMP WITH TIME ZONE, "digest_id" uuid, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_mail_message" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_mail_message_held" ON "mail_message" ("user_id", "hold_until") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_mail_message_board" ON "mail_message" ("board_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_mail_message_event_address" ON "mail_message" ("event_key", "to_address") `,
    );
    await queryRunner.query(`CREATE TYPE "public"."mail_mode" AS ENUM('NOW', 'DAILY', 'NONE')`);
    await queryRunner.query(
      `CREATE TABLE "mail_preference" ("user_id" uuid NOT NULL, "topic" "public"."mail_topic" NOT NULL, "mode" "public"."mail_mode" NOT NULL, CONSTRAINT "pk_mail_preference" PRIMARY KEY ("user_id", "topic"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_calendar" ("meeting_id" uuid NOT NULL, "sequence" integer NOT NULL, CONSTRAINT "pk_meeting_calendar" PRIMARY KEY ("meeting_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_account" ADD "locale" character varying(8) NOT NULL DEFAULT 'en'`,
    );
    await queryRunner.query(
      `ALTER TABLE "mail_message" ADD CONSTRAINT "fk_mail_message_board" FOREIGN KEY ("board_id") REFERENCES "board"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mail_message" ADD CONSTRAINT "fk_mail_message_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mail_preference" ADD CONSTRAINT "fk_mail_preference_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_calendar" ADD CONSTRAINT "fk_meeting_calendar_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting_calendar" DROP CONSTRAINT "fk_meeting_calendar_meeting"`);
    await queryRunner.query(`ALTER TABLE "mail_preference" DROP CONSTRAINT "fk_mail_preference_user"`);
    await queryRunner.query(`ALTER TABLE "mail_message" DROP CONSTRAINT "fk_mail_message_user"`);
    await queryRunner.query(`ALTER TABLE "mail_message" DROP CONSTRAINT "fk_mail_message_board"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "locale"`);
    await queryRunner.query(`DROP TABLE "meeting_calendar"`);
    await queryRunner.query(`DROP TABLE "mail_preference"`);
    await queryRunner.query(`DROP TYPE "public"."mail_mode"`);
    await queryRunner.query(`DROP INDEX "public"."uq_mail_message_event_address"`);
    await queryRunner.query(`DROP INDEX "public"."ix_mail_message_board"`);
    await queryRunner.query(`DROP INDEX "public"."ix_mail_message_held"`);
    await queryRunner.query(`DROP TABLE "mail_message"`);
    await queryRunner.query(`DROP TYPE "public"."mail_status"`);
    await queryRunner.query(`DROP TYPE "public"."mail_topic"`);
  }
}
